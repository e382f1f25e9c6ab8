// The Result view. (Shell: the full view lands with the interface issue.)
#include <imgui.h>

#include "views.h"

namespace rc::ui {

void drawResult(Context& ctx) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted("Result");
    ImGui::PopFont();
}

}  // namespace rc::ui
