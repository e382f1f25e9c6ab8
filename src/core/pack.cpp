// Dataset packs. See pack.h and docs/data-format.md ("The embedded pack").
//
// [SECTION] Field list
// [SECTION] Writer
// [SECTION] Reader
// [SECTION] API
#include "core/pack.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

namespace rc {

namespace {

static_assert(sizeof(int) == 4, "ints are packed as 32-bit zigzag varints");
static_assert(sizeof(double) == 8, "doubles are packed as 8 bytes");

constexpr char kMagic[4] = {'R', 'C', 'P', 'K'};
constexpr size_t kHeaderBytes = sizeof(kMagic) + 1;  // magic, version
constexpr size_t kMaxVarintBytes = 5;                // every varint holds at most 32 bits

//-----------------------------------------------------------------------------
// [SECTION] Field list
//-----------------------------------------------------------------------------

// Every member of every struct in model.h, in declaration order: the one list
// of fields, walked by the Writer and by the Reader alike, so the two cannot
// drift apart. A new member in model.h goes here and bumps kPackVersion.
// (A class rather than free overloads: inside a class every overload is
// visible from every member body, whatever the order.)
template <class IO>
class Fields {
public:
    explicit Fields(IO& io) : io_(io) {}

    void operator()(std::string& s) { io_.string(s); }
    void operator()(int& v) { io_.integer(v); }
    void operator()(uint32_t& v) { io_.uint32(v); }
    void operator()(double& v) { io_.real(v); }
    void operator()(bool& v) { io_.boolean(v); }
    void operator()(QuestionKind& v) { io_.enumeration(v, QuestionKind::Choice, "a question kind"); }
    template <class T>
    void operator()(std::vector<T>& v) {
        if (!io_.count(v)) return;
        for (T& e : v) {
            (*this)(e);
            if (!io_.ok()) return;
        }
    }

    void operator()(Source& s) { all(s.id, s.title, s.url); }
    void operator()(Item& i) { all(i.id, i.title, i.text, i.sources); }
    void operator()(Role& r) { all(r.id, r.name, r.shortName, r.summary, r.definition, r.color); }
    void operator()(Category& c) { all(c.id, c.title); }
    void operator()(Entry& e) { all(e.summary, e.points, e.sources); }
    void operator()(Dimension& d) { all(d.id, d.category, d.title, d.shared, d.differs, d.entries); }
    void operator()(MlType& t) { all(t.id, t.name, t.description, t.examples); }
    void operator()(Basics& b) { all(b.intro, b.sources, b.types, b.applications); }
    void operator()(Difficulty& d) { all(d.intro, d.factors, d.roleDifferences); }
    void operator()(ChooseGroup& g) { all(g.role, g.factors); }
    void operator()(Choose& c) { all(c.intro, c.groups); }
    void operator()(FaqItem& f) { all(f.id, f.question, f.answer, f.tags, f.sources); }
    void operator()(Option& o) { all(o.label, o.role, o.factor); }
    void operator()(Question& q) { all(q.id, q.prompt, q.kind, q.options, q.factor, q.role, q.basis); }
    void operator()(NextStep& s) { all(s.kind, s.text, s.sources); }
    void operator()(Quiz& q) {
        all(q.minAnswers, q.closeCall, q.fitAt, q.questions, q.nextSteps, q.crossoverRole, q.crossoverQuestion,
            q.crossoverOptions, q.crossoverFaq);
    }
    void operator()(Meta& m) { all(m.id, m.title, m.version, m.language, m.description, m.sources); }
    void operator()(NarrowerTerms& n) { all(n.broader, n.words); }
    void operator()(SearchAids& s) { all(s.synonyms, s.narrower); }
    void operator()(Dataset& d) {  // all but d.ui (pack.h)
        all(d.meta, d.roles, d.categories, d.dimensions, d.shared, d.basics, d.difficulty, d.choose, d.faq, d.quiz,
            d.search);
    }

private:
    // Left to right, stopping at the first error: after a failed read the
    // position is meaningless and a second message would only add noise.
    template <class... T>
    void all(T&... f) { (void)(... && ((*this)(f), io_.ok())); }

    IO& io_;
};

//-----------------------------------------------------------------------------
// [SECTION] Writer
//-----------------------------------------------------------------------------

class Writer {
public:
    std::string out;

    bool ok() const { return true; }
    void string(const std::string& s) {
        varint(s.size());
        out += s;
    }
    template <class T>
    bool count(const std::vector<T>& v) {
        varint(v.size());
        return true;
    }
    void integer(int v) {
        // zigzag: 0, -1, 1, -2, ... -> 0, 1, 2, 3, ... so small negatives stay short
        uint32_t u = static_cast<uint32_t>(v) << 1;
        varint(v < 0 ? ~u : u);
    }
    void uint32(uint32_t v) { varint(v); }
    void real(double v) {
        uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        for (int i = 0; i < 8; ++i) out += static_cast<char>((bits >> (8 * i)) & 0xFF);
    }
    void boolean(bool v) { out += static_cast<char>(v ? 1 : 0); }
    template <class E>
    void enumeration(E v, E /*last*/, const char* /*what*/) { out += static_cast<char>(static_cast<uint8_t>(v)); }

private:
    // LEB128, minimal. Sizes above 32 bits cannot occur: loadDataset refuses
    // files over 1 MiB.
    void varint(uint64_t v) {
        while (v >= 0x80) {
            out += static_cast<char>((v & 0x7F) | 0x80);
            v >>= 7;
        }
        out += static_cast<char>(v);
    }
};

// Visits every string (forEachText): the field list again, read-only.
class TextVisitor {
public:
    explicit TextVisitor(const std::function<void(const std::string&)>& fn) : fn_(fn) {}
    bool ok() const { return true; }
    void string(const std::string& s) { fn_(s); }
    template <class T>
    bool count(const std::vector<T>&) { return true; }
    void integer(int) {}
    void uint32(uint32_t) {}
    void real(double) {}
    void boolean(bool) {}
    template <class E>
    void enumeration(E, E, const char*) {}

private:
    const std::function<void(const std::string&)>& fn_;
};

//-----------------------------------------------------------------------------
// [SECTION] Reader
//-----------------------------------------------------------------------------

// Every read checks the bytes left first and records the first error with
// its byte offset; lengths and counts are checked against the bytes left
// before anything is allocated (each element takes at least one byte), so a
// corrupted count costs an error message, not gigabytes.
class Reader {
public:
    explicit Reader(std::string_view bytes) : b_(bytes) {}

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    size_t pos() const { return pos_; }
    size_t left() const { return b_.size() - pos_; }

    bool header() {
        // A short start of the magic is a cut pack; anything else is not a pack.
        size_t n = std::min(b_.size(), sizeof(kMagic));
        if (n > 0 && std::memcmp(b_.data(), kMagic, n) != 0) return fail("pack: bad magic (not a rolecompare pack)");
        if (n < sizeof(kMagic)) return truncated(0, "the magic");
        if (b_.size() < kHeaderBytes) return truncated(sizeof(kMagic), "the version");
        uint8_t v = static_cast<uint8_t>(b_[sizeof(kMagic)]);
        if (v != kPackVersion)
            return fail("pack: unknown version " + std::to_string(v) + " at byte " + std::to_string(sizeof(kMagic)) +
                        " (this build reads version " + std::to_string(kPackVersion) + ")");
        pos_ = kHeaderBytes;
        return true;
    }

    void string(std::string& s) {
        size_t at = pos_, n = 0;
        if (!length(&n, at, "a string length", "a string: length ")) return;
        s.assign(b_.data() + pos_, n);
        pos_ += n;
    }
    template <class T>
    bool count(std::vector<T>& v) {
        size_t at = pos_, n = 0;
        if (!length(&n, at, "a list count", "a list: count ")) return false;
        v.clear();
        v.resize(n);
        return true;
    }
    void integer(int& v) {
        size_t at = pos_;
        uint32_t u = 0;
        if (!varint(&u, "an int", at)) return;
        // zigzag back; in 64 bits so that -2^31 does not overflow on the way
        int64_t x = (u & 1) ? -static_cast<int64_t>(u >> 1) - 1 : static_cast<int64_t>(u >> 1);
        v = static_cast<int>(x);
    }
    void uint32(uint32_t& v) { varint(&v, "a uint32", pos_); }
    void real(double& v) {
        if (left() < 8) {
            truncated(pos_, "a double");
            return;
        }
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(static_cast<uint8_t>(b_[pos_ + i])) << (8 * i);
        std::memcpy(&v, &bits, sizeof v);
        pos_ += 8;
    }
    void boolean(bool& v) {
        uint8_t x = 0;
        if (!byte(&x, 1, "a bool")) return;
        v = x != 0;
    }
    template <class E>
    void enumeration(E& v, E last, const char* what) {
        uint8_t x = 0;
        if (!byte(&x, static_cast<uint8_t>(last), what)) return;
        v = static_cast<E>(x);
    }

private:
    bool fail(std::string message) {
        if (error_.empty()) error_ = std::move(message);
        return false;
    }
    bool truncated(size_t at, const std::string& what) {
        return fail("pack: truncated at byte " + std::to_string(at) + " (reading " + what + ")");
    }
    bool bad(const std::string& problem, size_t at, const char* what) {
        return fail("pack: " + problem + " at byte " + std::to_string(at) + " (reading " + what + ")");
    }

    // One byte with a value in 0..max.
    bool byte(uint8_t* out, uint8_t max, const char* what) {
        if (left() < 1) return truncated(pos_, what);
        uint8_t x = static_cast<uint8_t>(b_[pos_]);
        if (x > max) return bad("bad value " + std::to_string(x), pos_, what);
        *out = x;
        ++pos_;
        return true;
    }

    // Minimal LEB128 of at most 32 bits.
    bool varint(uint32_t* out, const char* what, size_t at) {
        uint64_t v = 0;
        for (size_t i = 0;; ++i) {
            if (i == kMaxVarintBytes) return bad("varint longer than 5 bytes", at, what);
            if (left() < 1) return truncated(at, what);
            uint8_t x = static_cast<uint8_t>(b_[pos_++]);
            v |= static_cast<uint64_t>(x & 0x7F) << (7 * i);
            if (x & 0x80) continue;
            // A last byte of 0 after others only pads: refused, so that
            // every value has exactly one encoding.
            if (x == 0 && i > 0) return bad("overlong varint", at, what);
            if (v > 0xFFFFFFFFu) return bad("varint over 32 bits", at, what);
            *out = static_cast<uint32_t>(v);
            return true;
        }
    }

    // A string length or element count, no larger than the bytes left:
    // "a string: length 56, 12 bytes left".
    bool length(size_t* out, size_t at, const char* what, const char* tooLong) {
        uint32_t n = 0;
        if (!varint(&n, what, at)) return false;
        if (n > left()) return truncated(at, tooLong + std::to_string(n) + ", " + std::to_string(left()) + " bytes left");
        *out = n;
        return true;
    }

    std::string_view b_;
    size_t pos_ = 0;
    std::string error_;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] API
//-----------------------------------------------------------------------------

std::string packDataset(const Dataset& d) {
    Writer w;
    w.out.append(kMagic, sizeof(kMagic));
    w.out += static_cast<char>(kPackVersion);
    // Fields<> takes non-const references because the Reader fills them; the
    // Writer only reads them.
    Fields<Writer>{w}(const_cast<Dataset&>(d));
    return std::move(w.out);
}

UnpackResult unpackDataset(std::string_view bytes) {
    UnpackResult res;
    Reader r(bytes);
    if (r.header()) Fields<Reader>{r}(res.data);
    if (r.ok() && r.left() > 0)
        res.error = "pack: " + std::to_string(r.left()) + (r.left() == 1 ? " trailing byte" : " trailing bytes") +
                    " at byte " + std::to_string(r.pos());
    else
        res.error = r.error();
    res.ok = res.error.empty();
    if (!res.ok) res.data = Dataset{};  // no half-read dataset to trust by mistake
    return res;
}

void forEachText(const Dataset& d, const std::function<void(const std::string&)>& fn) {
    TextVisitor v(fn);
    Fields<TextVisitor> fields(v);
    fields(const_cast<Dataset&>(d));  // TextVisitor never writes
    for (const auto& [key, forms] : d.ui)  // not packed (pack.h), drawn all the same
        for (const auto& [form, text] : forms) fn(text);
}

}  // namespace rc
