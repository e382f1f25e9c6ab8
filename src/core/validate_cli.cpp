// rolecompare --validate: see validate_cli.h.
#include "validate_cli.h"

#include <fstream>
#include <iterator>

#include "loader.h"

namespace rc {

namespace {
std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

int runValidate(const std::string& path, std::ostream& out, std::ostream& err) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        err << path << ": cannot read file\n";
        return 1;
    }
    // Check the size before reading: a huge file is refused without loading it.
    std::streamoff size = in.tellg();
    if (size < 0) {
        err << path << ": cannot read file\n";
        return 1;
    }
    if (static_cast<unsigned long long>(size) > kMaxDatasetBytes) {
        out << formatDiagnostic(path, fileTooLarge(static_cast<size_t>(size))) << "\n1 error(s)\n";
        return 1;
    }
    std::string bytes(static_cast<size_t>(size), '\0');
    in.seekg(0);
    if (size > 0 && !in.read(&bytes[0], size)) {
        err << path << ": cannot read file\n";
        return 1;
    }

    LoadResult r = loadDataset(bytes);
    for (const Diagnostic& d : r.errors) out << formatDiagnostic(path, d) << "\n";
    for (const Diagnostic& d : r.warnings) {
        Diagnostic w = d;
        w.message = "warning: " + w.message;
        out << formatDiagnostic(path, w) << "\n";
    }
    if (!r.ok) {
        out << r.errors.size() << " error(s)";
        if (!r.warnings.empty()) out << ", " << r.warnings.size() << " warning(s)";
        out << "\n";
        return 1;
    }
    const Dataset& d = r.data;
    out << "ok: " << d.meta.id << " " << d.meta.version << " \xE2\x80\x94 " << plural(d.roles.size(), "role", "roles")
        << ", " << plural(d.dimensions.size(), "dimension", "dimensions") << " in "
        << plural(d.categories.size(), "category", "categories") << ", " << d.faq.size() << " FAQ, "
        << plural(d.meta.sources.size(), "source", "sources") << ", "
        << (d.quiz.present() ? plural(d.quiz.questions.size(), "quiz question", "quiz questions") : "no quiz");
    if (!r.warnings.empty()) out << " (" << plural(r.warnings.size(), "warning", "warnings") << ")";
    out << "\n";
    return 0;
}

}  // namespace rc
