// The Sources view. (Shell: the full view lands with the interface issue.)
#include <imgui.h>

#include "views.h"

namespace rc::ui {

void drawSources(Context& ctx) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted("Sources");
    ImGui::PopFont();
}

}  // namespace rc::ui
