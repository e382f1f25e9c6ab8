// rolecompare desktop: GLFW + OpenGL 3 window around the shared UI, and the
// command line (--validate, --quiz-result, ...).
//
// [SECTION] Command line
// [SECTION] Effects (links, clipboard, saved state)
// [SECTION] Window and main loop
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // InputEventsQueue: idle only once ImGui has consumed every input

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <spawn.h>
#include <sys/wait.h>

#include "png.h"
#include "pointer.h"
#include "system_fonts.h"
#include "core/embedded.h"
#include "core/params.h"
#include "core/loader.h"
#include "core/quiz_cli.h"
#include "core/share.h"
#include "core/state.h"
#include "core/validate_cli.h"
#include "platform/runner.h"
#include "ui/app.h"

extern char** environ;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Command line
//-----------------------------------------------------------------------------

// The views --view takes come from the view table.
const std::string kUsage =
    std::string("Usage: rolecompare [OPTIONS]\n"
    "Compare Machine Learning Engineer and Software Engineer, and take the fit quiz.\n"
    "\n"
    "  --data FILE            use a custom dataset (falls back to the built-in one if invalid)\n"
    "  --validate FILE        check a dataset; print errors as FILE:LINE:COL: /pointer: message\n"
    "  --answers TOKEN        open on the quiz result of a share token, as someone else's (saved progress is kept)\n"
    "  --quiz-result TOKEN    print the result of a share token and exit (add --json for JSON)\n"
    "  --make-token ANSWERS   print the share token for answers: option numbers from 1, comma-separated,\n"
    "                         0 = skipped, in question order (e.g. 5,5,4,0,1,...)\n"
    "  --theme light|dark     colour theme (default light)\n"
    "  --lang TAG             interface language (en, de, fr, es, pt, ja, ar; default: the data's, then the system's)\n"
    "  --view NAME            start view: ") + rc::viewIdList(rc::ViewByUrl) + "\n" +
    "  --size WxH             window size in screen coordinates (default 1280x800)\n"
    "  --scale S              force the UI scale instead of the monitor's content scale\n"
    "  --touch                touch-sized controls, as on a phone (tests; a mouse gets the compact ones)\n"
    "  --frames N             draw N frames, then exit (tests)\n"
    "  --screenshot PATH      with --frames: save the last frame as PNG\n"
    "  --state-file PATH      keep the UI's state export (view, quiz, named targets in UI pixels) in PATH (tests)\n"
    "  --help, --version\n";

struct Args {
    std::string data, validate, answers, quizResult, makeToken, theme = "light", view, screenshot, stateFile, lang;
    bool json = false;
    bool touch = false;  // --touch: AppConfig::coarse
    int width = 1280, height = 800, frames = 0;
    float scale = 0;
};

bool readFile(const std::string& path, std::string* out) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    *out = ss.str();
    return true;
}

// The system's languages, most preferred first, as tags: $LANGUAGE
// ("de:en"), else the locale of messages ("de_DE.UTF-8" -> "de-DE"). "C" and
// "POSIX" say nothing.
std::vector<std::string> systemLanguages() {
    std::vector<std::string> out;
    auto add = [&](std::string v) {
        v = v.substr(0, v.find_first_of(".@"));
        std::replace(v.begin(), v.end(), '_', '-');
        std::string tag = rc::normalizeLanguageTag(v);
        if (!tag.empty() && v != "C" && v != "POSIX") out.push_back(tag);
    };
    const char* languages = std::getenv("LANGUAGE");
    for (std::string l = languages ? languages : ""; !l.empty();) {
        size_t colon = l.find(':');
        add(l.substr(0, colon));
        l.erase(0, colon == std::string::npos ? l.size() : colon + 1);
    }
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v) {
            add(v);
            break;
        }
    return out;
}

// Returns -1 to go on, or an exit code.
int parseArgs(int argc, char** argv, Args* a) {
    auto need = [&](int& i) -> const char* {
        if (i + 1 >= argc) {
            std::fprintf(stderr, "rolecompare: %s needs a value\n%s", argv[i], kUsage.c_str());
            return nullptr;
        }
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        const char* v = nullptr;
        if (s == "--help" || s == "-h") { std::fputs(kUsage.c_str(), stdout); return 0; }
        if (s == "--version") { std::printf("rolecompare %s\n", RC_VERSION); return 0; }
        if (s == "--json") { a->json = true; continue; }
        if (s == "--touch") { a->touch = true; continue; }
        if (!(v = need(i))) return 2;
        if (s == "--data") a->data = v;
        else if (s == "--validate") a->validate = v;
        else if (s == "--answers") a->answers = v;
        else if (s == "--quiz-result") a->quizResult = v;
        else if (s == "--make-token") a->makeToken = v;
        else if (s == "--theme") a->theme = v;
        else if (s == "--lang") {
            a->lang = rc::normalizeLanguageTag(v);
            if (a->lang.empty()) {
                std::fprintf(stderr, "rolecompare: --lang wants a language tag such as de or pt-BR, got '%s'\n", v);
                return 2;
            }
        }
        else if (s == "--view") a->view = v;
        else if (s == "--screenshot") a->screenshot = v;
        else if (s == "--state-file") a->stateFile = v;
        else if (s == "--frames") a->frames = std::atoi(v);
        else if (s == "--scale") a->scale = static_cast<float>(std::atof(v));
        else if (s == "--size") {
            if (std::sscanf(v, "%dx%d", &a->width, &a->height) != 2 || a->width < 200 || a->height < 200) {
                std::fprintf(stderr, "rolecompare: --size wants WxH (at least 200x200), got '%s'\n", v);
                return 2;
            }
        } else {
            std::fprintf(stderr, "rolecompare: unknown option '%s'\n%s", s.c_str(), kUsage.c_str());
            return 2;
        }
    }
    if (a->theme != "light" && a->theme != "dark") {
        std::fprintf(stderr, "rolecompare: --theme wants light or dark, got '%s'\n", a->theme.c_str());
        return 2;
    }
    rc::View view;
    if (!a->view.empty() && !rc::parseView(a->view, &view, rc::ViewByUrl)) {
        std::fprintf(stderr, "rolecompare: unknown view '%s' (expected %s)\n", a->view.c_str(),
                     rc::viewIdList(rc::ViewByUrl).c_str());
        return 2;
    }
    return -1;
}

//-----------------------------------------------------------------------------
// [SECTION] Effects (links, clipboard, saved state)
//-----------------------------------------------------------------------------

std::string g_statePath;  // where progress is saved; empty = nowhere

void openInSystemBrowser(const std::string& url) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return;  // data is validated; be sure
    pid_t pid;
    const char* argv[] = {"xdg-open", url.c_str(), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) == 0) {
        int status;
        waitpid(pid, &status, WNOHANG);
    }
}

void runEffects(rc::ui::App& app, GLFWwindow* win) {
    for (rc::ui::Effect& e : app.takeEffects()) {
        switch (e.kind) {
            case rc::ui::Effect::Kind::OpenUrl: openInSystemBrowser(e.text); break;
            case rc::ui::Effect::Kind::CopyText:
                glfwSetClipboardString(win, e.text.c_str());
                app.copyFinished(true);  // GLFW reports no failure
                break;
            case rc::ui::Effect::Kind::SaveState: {
                if (g_statePath.empty()) break;
                std::string file, err;
                rc::readFile(g_statePath, file, rc::kMaxStateBytes);
                rc::LoadStateResult one = rc::loadState(app.data(), e.text);
                std::string merged = rc::mergeStateIntoFile(file, app.data(), one.answers, one.current);
                if (!rc::writeFileAtomic(g_statePath, merged, &err)) std::fprintf(stderr, "rolecompare: %s\n", err.c_str());
                break;
            }
            case rc::ui::Effect::Kind::Event: break;      // events are for host pages
            case rc::ui::Effect::Kind::Mirror: break;     // the DOM mirror is the web's screen-reader layer
            case rc::ui::Effect::Kind::ForgetShareLink: break;  // no address bar
            case rc::ui::Effect::Kind::SaveTextSize: break;  // for this run only: the state file keeps the quiz
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Window and main loop
//-----------------------------------------------------------------------------

// GLFW's cursor positions are in window coordinates; the UI works in
// framebuffer pixels. Each position is mapped once, as GLFW delivers it, on
// its way into ImGui's input queue (pointer.h). ImGui's backend installs its
// own callbacks; these two replace its cursor ones and call them.
rc::desktop::PointerPos framebufferPos(GLFWwindow* win, double x, double y) {
    int ww, wh, fbw, fbh;
    glfwGetWindowSize(win, &ww, &wh);
    glfwGetFramebufferSize(win, &fbw, &fbh);
    return rc::desktop::windowToFramebuffer(x, y, ww, wh, fbw, fbh);
}
void onCursorPos(GLFWwindow* win, double x, double y) {
    rc::desktop::PointerPos p = framebufferPos(win, x, y);
    ImGui_ImplGlfw_CursorPosCallback(win, p.x, p.y);
}
// Leaving the window: ImGui is told there is no mouse, but its backend keeps
// the window as the mouse's (a backend that lost it would poll the cursor
// each focused frame and queue that position unmapped).
void onCursorEnter(GLFWwindow* win, int entered) {
    if (entered) ImGui_ImplGlfw_CursorEnterCallback(win, 1);
    else ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}
void installPointerMapping(GLFWwindow* win) {
    glfwSetCursorPosCallback(win, onCursorPos);
    glfwSetCursorEnterCallback(win, onCursorEnter);
    ImGui_ImplGlfw_CursorEnterCallback(win, 1);  // the backend's mouse window, from the start
    double x, y;
    glfwGetCursorPos(win, &x, &y);
    if (glfwGetWindowAttrib(win, GLFW_HOVERED)) onCursorPos(win, x, y);
    else ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

// Characters no font has (not even the system's): they draw as boxes. Said
// once each on stderr, as "rolecompare: no font has U+0378 U+0379: drawn as
// boxes" (tests/desktop/run.sh reads it).
void reportMissingGlyphs(const std::vector<uint32_t>& missing) {
    static std::vector<uint32_t> said;
    std::string list;
    for (uint32_t c : missing) {
        if (std::find(said.begin(), said.end(), c) != said.end()) continue;
        said.push_back(c);
        char hex[16];
        std::snprintf(hex, sizeof hex, " U+%04X", static_cast<unsigned>(c));
        list += hex;
    }
    if (!list.empty()) std::fprintf(stderr, "rolecompare: no font has%s: drawn as boxes\n", list.c_str());
}

// The complex scripts' clusters the atlas got a glyph for, shaped by
// HarfBuzz (clusters_hb.cpp), and those no font could shape: said after each
// build that met any, as "rolecompare: 9 clusters shaped, one glyph each:
// सॉ फ़्ट ..." and "rolecompare: no font shapes ...: drawn one character at a
// time" (tests/desktop/run.sh reads them).
void reportClusters() {
    rc::desktop::ClusterReport r = rc::desktop::takeClusterReport();
    auto list = [](const std::vector<std::string>& texts) {
        std::string out;
        for (size_t i = 0; i < texts.size() && i < 40; ++i) out += " " + texts[i];
        if (texts.size() > 40) out += " ...";
        return out;
    };
    if (!r.shaped.empty())
        std::fprintf(stderr, "rolecompare: %zu clusters shaped, one glyph each:%s\n", r.shaped.size(), list(r.shaped).c_str());
    if (!r.unshaped.empty())
        std::fprintf(stderr, "rolecompare: no font shapes%s: drawn one character at a time\n", list(r.unshaped).c_str());
}

bool screenshot(const std::string& path, int w, int h) {
    std::vector<uint8_t> px(static_cast<size_t>(w) * h * 4), flipped(px.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
    for (int y = 0; y < h; ++y)
        std::memcpy(&flipped[static_cast<size_t>(y) * w * 4], &px[static_cast<size_t>(h - 1 - y) * w * 4], static_cast<size_t>(w) * 4);
    return rc::desktop::writePng(path, w, h, flipped);
}

int runWindow(const Args& args) {
    glfwSetErrorCallback([](int code, const char* msg) { std::fprintf(stderr, "glfw error %d: %s\n", code, msg); });
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* win = glfwCreateWindow(args.width, args.height, "rolecompare", nullptr, nullptr);
    if (!win) { glfwTerminate(); return 1; }
    glfwMakeContextCurrent(win);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep us drawing
    ImGui_ImplGlfw_InitForOpenGL(win, true);
    installPointerMapping(win);
    ImGui_ImplOpenGL3_Init("#version 330");

    rc::ui::App app;
    rc::ui::AppConfig cfg;
    cfg.faces = &rc::desktop::desktopFontFaces();
    cfg.theme = args.theme == "dark" ? rc::ui::ThemeMode::Dark : rc::ui::ThemeMode::Light;
    cfg.coarse = args.touch;  // GLFW reports a touch screen as a mouse: a mouse unless asked
    cfg.language = args.lang;
    cfg.browserLanguages = systemLanguages();
    if (!args.view.empty()) rc::parseView(args.view, &cfg.startView, rc::ViewByUrl);
    app.init(cfg);
    if (!args.data.empty()) {
        std::string bytes;
        if (!readFile(args.data, &bytes)) app.showNotice("Could not read " + args.data + "; showing the built-in data.");
        else for (const std::string& line : app.loadCustomData(bytes, args.data)) std::fprintf(stderr, "%s\n", line.c_str());
    }

    // Saved progress, then a share token: opened as someone else's result
    // beside the saved answers, never in their place; nothing is written
    // for it (the state file changes only when the reader answers).
    std::string statePath = rc::defaultStatePath(), stateFile;
    if (!statePath.empty() && rc::readFile(statePath, stateFile, rc::kMaxStateBytes)) {
        rc::LoadStateResult saved = rc::loadStateFromFile(app.data(), stateFile);
        if (saved.ok) app.restoreProgress(rc::saveState(app.data(), saved.answers, saved.current));
        else if (saved.error != rc::StateError::Missing) app.showNotice(saved.message);
    }
    if (!args.answers.empty()) app.openShareToken(args.answers);
    g_statePath = statePath;

    std::string lastState;  // what --state-file holds
    rc::platform::FrameRunner runner;  // draw or idle (platform/runner.h)
    runner.neverIdle = args.frames > 0;
    int lastFbw = -1, lastFbh = -1;
    float lastScale = 0;
    for (int frame = 0; !glfwWindowShouldClose(win);) {
        glfwPollEvents();
        int fbw, fbh, ww, wh;
        glfwGetFramebufferSize(win, &fbw, &fbh);
        glfwGetWindowSize(win, &ww, &wh);
        float xs = 1, ys = 1;
        glfwGetWindowContentScale(win, &xs, &ys);
        // Physical pixels per UI unit: the framebuffer/window ratio where the
        // OS scales windows (macOS, Wayland), the monitor's content scale where
        // it does not (X11, Windows). Never both at once.
        float fbRatio = ww > 0 ? static_cast<float>(fbw) / ww : 1.0f;
        float scale = args.scale > 0 ? args.scale : std::max(xs, fbRatio);
        rc::platform::FrameInputs in;
        in.inputQueued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
        in.animating = app.wantsFrames();
        in.fontsDirty = app.fontsDirty();
        in.displayChanged = fbw != lastFbw || fbh != lastFbh || scale != lastScale;
        lastFbw = fbw;
        lastFbh = fbh;
        lastScale = scale;
        if (!runner.beginFrame(in)) {
            // Idle: block until the next event (input, resize, focus, expose);
            // it restarts the settle.
            glfwWaitEvents();
            runner.wake();
            continue;
        }
        app.setDisplay(static_cast<float>(fbw), static_cast<float>(fbh), scale);
        if (app.fontsDirty()) {
            app.rebuildFonts();
            // Characters the embedded fonts lack (a custom dataset's other
            // scripts, typed text): a system font's, if one has them.
            if (rc::desktop::addSystemFonts(rc::desktop::missingGlyphs(*io.Fonts))) app.rebuildFonts();
            reportMissingGlyphs(rc::desktop::missingGlyphs(*io.Fonts));
            reportClusters();
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        // Work in framebuffer pixels: the UI scales itself (fonts and style).
        io.DisplaySize = ImVec2(static_cast<float>(fbw), static_cast<float>(fbh));
        io.DisplayFramebufferScale = ImVec2(1, 1);
        ImGui::NewFrame();
        app.draw();
        ImGui::Render();
        glViewport(0, 0, fbw, fbh);
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        runEffects(app, win);
        if (!args.stateFile.empty()) {
            std::string now = app.exportState(), err;
            if (now != lastState && rc::writeFileAtomic(args.stateFile, now, &err)) lastState = std::move(now);
        }
        if (args.frames > 0 && frame + 1 >= args.frames) {
            if (!args.screenshot.empty() && !screenshot(args.screenshot, fbw, fbh)) {
                std::fprintf(stderr, "rolecompare: could not write %s\n", args.screenshot.c_str());
                return 1;
            }
            break;
        }
        glfwSwapBuffers(win);
        ++frame;
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(win);
    glfwTerminate();
    return 0;
}

// The dataset for command-line commands: --data FILE if valid, else the
// embedded default (with the errors on stderr).
rc::Dataset cliDataset(const Args& args) {
    if (!args.data.empty()) {
        std::string bytes;
        if (readFile(args.data, &bytes)) {
            rc::LoadResult r = rc::loadDataset(bytes);
            if (r.ok) return std::move(r.data);
            for (const rc::Diagnostic& d : r.errors) std::cerr << rc::formatDiagnostic(args.data, d) << "\n";
        } else {
            std::cerr << "rolecompare: cannot read " << args.data << "\n";
        }
        std::cerr << "rolecompare: using the built-in dataset\n";
    }
    return rc::loadDataset(rc::findEmbedded(rc::assets::files(), "roles/ml-vs-swe.json")).data;
}

int makeToken(const Args& args) {
    rc::Dataset ds = cliDataset(args);
    rc::Answers answers;
    std::stringstream ss(args.makeToken);
    std::string item;
    while (std::getline(ss, item, ',')) {
        char* end = nullptr;
        long v = std::strtol(item.c_str(), &end, 10);
        if (item.empty() || *end || v < 0 || v > 7) {
            std::cerr << "rolecompare: --make-token wants option numbers 0..7, got '" << item << "'\n";
            return 2;
        }
        answers.push_back(static_cast<int>(v) - 1);
    }
    if (answers.size() != ds.quiz.questions.size() || !rc::isValidAnswers(ds, answers)) {
        std::cerr << "rolecompare: --make-token wants " << ds.quiz.questions.size()
                  << " answers within each question's options\n";
        return 2;
    }
    std::cout << rc::encodeToken(ds, answers) << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Args args;
    if (int code = parseArgs(argc, argv, &args); code >= 0) return code;
    if (!args.validate.empty()) return rc::runValidate(args.validate, std::cout, std::cerr);
    if (!args.makeToken.empty()) return makeToken(args);
    if (!args.quizResult.empty()) return rc::runQuizResult(cliDataset(args), args.quizResult, args.json, std::cout, std::cerr);
    return runWindow(args);
}
