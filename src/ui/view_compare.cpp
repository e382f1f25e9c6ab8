// The Compare view. (Shell: the full view lands with the interface issue.)
#include <imgui.h>

#include "views.h"

namespace rc::ui {

void drawCompare(Context& ctx) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted("Compare");
    ImGui::PopFont();
}

}  // namespace rc::ui
