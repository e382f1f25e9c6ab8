// The size and start-up baseline: a bare Dear ImGui window with one line of
// text in WebGL2, built with the widget's compile and link flags
// (cmake/bench.cmake). Its loop is deliberately naive: it draws every
// animation frame and never idles, which is what the widget's idle CPU is
// compared against (docs/performance.md).
//
// It signals its first frame as the widget does (class 'rc-ready' on <html>)
// and keeps a frame counter readable from JS: window.rolecompareHello.frames().
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace {

constexpr const char* kCanvas = "#canvas";
bool firstFrameDone = false;

void frame() {
    double w = 0, h = 0;
    emscripten_get_element_css_size(kCanvas, &w, &h);
    emscripten_set_canvas_element_size(kCanvas, static_cast<int>(w), static_cast<int>(h));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    io.DeltaTime = 1.0f / 60.0f;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::Text("Hello, world");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, static_cast<int>(w), static_cast<int>(h));
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    EM_ASM({ window['rolecompareHello']['n']++; });
    if (!firstFrameDone) {
        firstFrameDone = true;
        EM_ASM({ document.documentElement.classList.add('rc-ready'); });
    }
}

}  // namespace

int main() {
    EM_ASM({
        window['rolecompareHello'] = ({'n': 0, 'frames': function() { return window['rolecompareHello']['n']; }});
    });
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.antialias = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context(kCanvas, &attrs);
    if (gl <= 0) return 1;
    emscripten_webgl_make_context_current(gl);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, EM_FALSE);
    return 0;
}
