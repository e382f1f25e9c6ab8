// The view table (view_table.h) as data: ids, titles, flags, parts, mirrors.
#include "view_table.h"

#include "html.h"

namespace rc {

namespace {
const ViewInfo kViewInfo[] = {
#define RC_VIEW_INFO(e, id, title, flags, part, draw, mirror) {View::e, id, title, flags, part, mirror},
    RC_VIEW_TABLE(RC_VIEW_INFO)
#undef RC_VIEW_INFO
};
static_assert(sizeof(kViewInfo) / sizeof(kViewInfo[0]) == static_cast<size_t>(View::Count));
}  // namespace

const ViewInfo& viewInfo(View v) { return kViewInfo[static_cast<int>(v)]; }

bool parseView(std::string_view id, View* out, unsigned flags) {
    for (const ViewInfo& v : kViewInfo)
        if (id == v.id && (v.flags & flags) == flags) {
            *out = v.view;
            return true;
        }
    return false;
}

std::string viewIdList(unsigned flags) {
    std::string out;
    int n = 0, total = 0;
    for (const ViewInfo& v : kViewInfo) total += (v.flags & flags) == flags;
    for (const ViewInfo& v : kViewInfo) {
        if ((v.flags & flags) != flags) continue;
        if (n > 0) out += n + 1 == total ? " or " : ", ";
        out += v.id;
        ++n;
    }
    return out;
}

}  // namespace rc
