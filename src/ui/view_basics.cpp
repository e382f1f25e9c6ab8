// The Basics view. (Shell: the full view lands with the interface issue.)
#include <imgui.h>

#include "views.h"

namespace rc::ui {

void drawBasics(Context& ctx) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted("Basics");
    ImGui::PopFont();
}

}  // namespace rc::ui
