// The Overview view. (Shell: the full view lands with the interface issue.)
#include <imgui.h>

#include "views.h"

namespace rc::ui {

void drawOverview(Context& ctx) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted("Overview");
    ImGui::PopFont();
}

}  // namespace rc::ui
