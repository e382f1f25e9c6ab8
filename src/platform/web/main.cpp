// rolecompare in the browser: our own platform layer on emscripten/html5.h
// and WebGL2 (Emscripten 3.1.6's GLFW emulation has no clipboard, broken
// touch and no devicePixelRatio). Works in physical pixels: canvas backing
// size = CSS size x devicePixelRatio; fonts and style are rebuilt at that scale.
//
// [SECTION] JS glue (library_rolecompare.js)
// [SECTION] State
// [SECTION] Size and scale
// [SECTION] Input: mouse, wheel, touch, keys, text, clipboard
// [SECTION] Frame and idling
// [SECTION] History: each view an entry, Back and Forward
// [SECTION] Start-up
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>  // InputEventsQueue: idle only once ImGui has consumed every input

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "core/catalogue.h"
#include "core/host.h"
#include "core/json_util.h"
#include "core/params.h"
#include "core/state.h"
#include "fonts_canvas.h"
#include "js_string.h"
#include "platform/runner.h"
#include "rc_shared.h"  // generated from src/shared.json (cmake/shared.cmake)
#include "renderer.h"
#include "ui/app.h"

//-----------------------------------------------------------------------------
// [SECTION] JS glue
//-----------------------------------------------------------------------------

extern "C" {
void rc_js_init();
int rc_js_prefers_dark();
int rc_js_pointer_coarse();
void rc_js_set_cursor(const char* css);
void rc_js_copy(const char* text, int report);  // report: call rc_on_copied(ok) when done
void rc_js_layout(double* out);  // root width, height (CSS px), pixel ratio, band top, band height
void rc_js_open_url(const char* url);
void rc_js_text_input(int on);
int rc_js_text_input_active();
void rc_js_first_frame();
void rc_js_fatal(const char* message);
void rc_js_emit(const char* type, const char* fieldsJson, const char* targetOrigin, int version);
char* rc_js_referrer_origin();
void rc_js_mirror(const char* html);
char* rc_js_location_query();
char* rc_js_location_fragment();
char* rc_js_share_base();
void rc_js_forget_share_link();
char* rc_js_storage_get(const char* key);
int rc_js_storage_set(const char* key, const char* value);
void rc_js_warn(const char* message);
void rc_js_fetch_data(const char* url);
void rc_js_load_deferred();
void rc_js_interactive();
void rc_js_after_rest();
int rc_js_is_top();
void rc_js_history_set(const char* view, const char* urlView, int push);
char* rc_js_languages();
void rc_js_fetch_catalogue(const char* language);
void rc_js_set_language(const char* language, const char* dir);
}

using rc::web::takeJsString;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------

constexpr const char* kCanvas = "#canvas";

struct Web {
    rc::ui::App app;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    rc::web::Renderer renderer;
    double cssW = 0, cssH = 0, dpr = 1;  // the widget's root, the whole layout
    double bandTop = 0, bandH = 0;       // the part of it the canvas covers (rcBand in web/boot.js)
    rc::platform::FrameRunner runner;  // draw or idle (platform/runner.h)
    bool paused = false;  // idle: the main loop is paused until wake()
    bool firstFrameDone = false;
    // The web build ships in two parts (docs/performance.md, "Two-part
    // download"): what the first frame runs, and the rest, fetched right after
    // it (rolecompare.deferred.wasm). Until the rest is in, no further frame
    // is drawn: input waits in ImGui's queue, and nothing reaches code that is
    // not in the first part.
    bool deferredReady = false;
    bool holdFirstFrame = false;  // the first frame itself needs the rest (restored progress, a link, a view)
    bool readySent = false;
    std::string dataUrl;          // ?data=, fetched once the rest is in
    std::vector<std::pair<std::string, std::string>> heldEvents;  // events of the first frame (type, fields)
    bool followSystemTheme = true;
    std::string hostOrigin;  // where events go and commands come from ("" = nowhere)
    double lastTime = 0;
    std::string clipboard;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;
    bool wantText = false;
    bool focusingTextInput = false;  // set while we move focus to the hidden input
    // touch
    int touchId = -1;
    double touchStartX = 0, touchStartY = 0, touchLastX = 0, touchLastY = 0;
    bool touchScrolling = false;
    bool touchSeen = false;
    bool touchPinch = false;  // two fingers down: the browser's pinch-zoom, until every finger is up
    // history: each view change is an entry (Params::History); entryView is
    // what the current entry shows (a change from it pushes a new one).
    bool history = false;
    rc::ui::View entryView = rc::ui::View::Overview;
    // The interface's language: a built-in one other than English is not in
    // the program (site/ui/<lang>.json). catalogueAsked: the language last
    // fetched; catalogueWaiting: the first frame waits for it (no English
    // frame before a Japanese one). pageLanguage: what <html lang> says.
    std::string catalogueAsked;
    bool catalogueWaiting = false;
    std::string pageLanguage;
    // Saved progress and a #quiz= link are read by the program's last part
    // (rolecompare.rest.wasm, fetched once the widget is interactive: the
    // JSON reader, the quiz): startWaiting: there is one of them, and the
    // first frame waits for it.
    bool startWaiting = false;
};
Web* W = nullptr;
void sendReady();

void wake() {
    W->runner.wake();
    if (W->paused) {
        W->paused = false;
        emscripten_resume_main_loop();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Size and scale
//-----------------------------------------------------------------------------

// Reads the root's CSS size, the DPR and the band the canvas covers (all of
// the root unless it is taller than the GPU draws: rcBand in web/boot.js);
// resizes the backing store to the band in physical pixels. Returns true
// when anything changed.
bool syncSize() {
    double l[5] = {0, 0, 1, 0, 0};
    rc_js_layout(l);
    double dpr = l[2];
    if (dpr <= 0 || !std::isfinite(dpr)) dpr = 1;
    if (l[0] == W->cssW && l[1] == W->cssH && dpr == W->dpr && l[3] == W->bandTop && l[4] == W->bandH) return false;
    W->cssW = l[0]; W->cssH = l[1]; W->dpr = dpr; W->bandTop = l[3]; W->bandH = l[4];
    emscripten_set_canvas_element_size(kCanvas, static_cast<int>(std::lround(W->cssW * dpr)), static_cast<int>(std::lround(W->bandH * dpr)));
    return true;
}

float px(double css) { return static_cast<float>(css * W->dpr); }

void frame();

// Draws now, inside the user's event, until ImGui has taken the input it
// brought (a press and a release land on separate frames), and once more
// (text focus shows in the frame after). What the input asks of the browser,
// a clipboard write, a link opened, the phone keyboard's input focused,
// then happens inside the gesture: WebKit refuses them from the app's own
// later frames.
void drawNow() {
    wake();
    for (int i = 0; i < rc::platform::FrameRunner::kMaxFramesInEvent && !W->paused; ++i) {
        const bool drained = ImGui::GetCurrentContext()->InputEventsQueue.Size == 0;
        frame();
        if (drained) break;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Input
//-----------------------------------------------------------------------------

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(px(e->targetX), px(e->targetY + W->bandTop));
    int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if (button >= 0 && type == EMSCRIPTEN_EVENT_MOUSEDOWN) io.AddMouseButtonEvent(button, true);
    if (button >= 0 && type == EMSCRIPTEN_EVENT_MOUSEUP) io.AddMouseButtonEvent(button, false);
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) EM_ASM({ document.getElementById('canvas').focus({'preventScroll': true}); });
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) drawNow();
    else wake();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;
}

// A drag may end outside the canvas: take the release from the document, in
// canvas coordinates.
EM_BOOL onMouseUpAnywhere(int type, const EmscriptenMouseEvent* e, void* u) {
    EmscriptenMouseEvent c = *e;
    c.targetX = e->clientX - EM_ASM_DOUBLE({ return document.getElementById('canvas').getBoundingClientRect().left; });
    c.targetY = e->clientY - EM_ASM_DOUBLE({ return document.getElementById('canvas').getBoundingClientRect().top; });
    onMouse(type, &c, u);
    return EM_FALSE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    // Ctrl + wheel is the browser's zoom, and a trackpad's pinch arrives as
    // it: the page's (WCAG 1.4.4), not a scroll of the widget.
    if (e->mouse.ctrlKey) return EM_FALSE;
    // ImGui scrolls 5 lines (5 x font size) per wheel unit; convert the
    // browser's delta to physical pixels, then to those units, so a trackpad
    // scrolls exactly as far as the fingers move.
    double k = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 : e->deltaMode == DOM_DELTA_LINE ? 20.0 : 400.0;
    float unit = 5.0f * 16.0f;  // CSS px per wheel unit
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(px(e->mouse.targetX), px(e->mouse.targetY + W->bandTop));
    io.AddMouseWheelEvent(static_cast<float>(-e->deltaX * k / unit), static_cast<float>(-e->deltaY * k / unit));
    wake();
    return EM_TRUE;
}

// Touch: a tap clicks at the finger; a drag scrolls (as wheel events), and
// never presses a button, so dragging over a control does not activate it.
// Two fingers pinch-zoom the page (WCAG 1.4.4; style.css lets the browser
// have pinches): the widget takes neither tap nor scroll from them, and
// leaves the browser every touchstart (a cancelled start would stop the
// pinch). A tap's touchend is cancelled instead: no mouse events follow it.
EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    W->touchSeen = true;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART && e->numTouches > 1) W->touchPinch = true;
    if (W->touchPinch) {
        bool allUp = type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
        for (int i = 0; allUp && i < e->numTouches; ++i) allUp = e->touches[i].isChanged;
        if (W->touchId >= 0) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        W->touchId = -1;
        W->touchScrolling = false;
        if (allUp) W->touchPinch = false;
        wake();
        return EM_FALSE;
    }
    const EmscriptenTouchPoint* t = nullptr;
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].isChanged && (W->touchId < 0 || e->touches[i].identifier == W->touchId)) { t = &e->touches[i]; break; }
    if (!t) return EM_TRUE;
    double x = t->targetX, y = t->targetY + W->bandTop;
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART:
            if (W->touchId >= 0) break;  // one finger at a time
            W->touchId = t->identifier;
            W->touchStartX = W->touchLastX = x;
            W->touchStartY = W->touchLastY = y;
            W->touchScrolling = false;
            io.AddMousePosEvent(px(x), px(y));
            break;
        case EMSCRIPTEN_EVENT_TOUCHMOVE: {
            if (!W->touchScrolling && std::hypot(x - W->touchStartX, y - W->touchStartY) > 8.0) W->touchScrolling = true;
            if (W->touchScrolling) {
                io.AddMousePosEvent(px(W->touchStartX), px(W->touchStartY));  // scroll the panel under the start point
                io.AddMouseWheelEvent(static_cast<float>((x - W->touchLastX) / 80.0), static_cast<float>((y - W->touchLastY) / 80.0));
            }
            W->touchLastX = x;
            W->touchLastY = y;
            break;
        }
        case EMSCRIPTEN_EVENT_TOUCHEND:
        case EMSCRIPTEN_EVENT_TOUCHCANCEL:
            if (type == EMSCRIPTEN_EVENT_TOUCHEND && !W->touchScrolling) {
                io.AddMousePosEvent(px(x), px(y));
                io.AddMouseButtonEvent(0, true);   // trickled: down and up
                io.AddMouseButtonEvent(0, false);  // land on separate frames
            }
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no hover left behind a finger
            if (type == EMSCRIPTEN_EVENT_TOUCHEND && !W->touchScrolling) {
                // The tap's frames now, inside the touch handler: a text
                // field it focused needs the hidden <input> focused during
                // this gesture, or phones show no keyboard (drawNow).
                W->touchId = -1;
                drawNow();
                W->app.setCoarse(true);  // a finger: touch sizes from now on, once its tap is done
                return EM_TRUE;
            }
            W->touchId = -1;
            W->touchScrolling = false;
            W->app.setCoarse(true);
            break;
    }
    wake();
    return type == EMSCRIPTEN_EVENT_TOUCHSTART ? EM_FALSE : EM_TRUE;  // handled: no mouse events, no page scroll
}

ImGuiKey keyFromCode(const char* code) {
    struct M { const char* code; ImGuiKey key; };
    static const M map[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape}, {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
        {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
    };
    for (const M& m : map)
        if (std::strcmp(code, m.code) == 0) return m.key;
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && !code[4])
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && !code[6])
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    if (std::strncmp(code, "Numpad", 6) == 0 && code[6] >= '0' && code[6] <= '9' && !code[7])
        return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (code[6] - '0'));
    return ImGuiKey_None;
}

bool isSingleCodepoint(const char* s) {
    // KeyboardEvent.key is one character for printable keys ("a", "é", "€")
    // and a name otherwise ("Enter", "ArrowLeft").
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c < 0x20 || c == 0x7F) return false;
    int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0) return false;
    for (int i = 1; i < n; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return false;
    return s[n] == 0;
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
    bool shortcut = e->ctrlKey || e->metaKey;
    ImGuiKey key = keyFromCode(e->code);
    // Ctrl/Cmd+V: let the browser fire 'paste' (library_rolecompare.js), which
    // brings the text and then presses Ctrl+V for ImGui. Ctrl+C/X/R/L/T etc.:
    // leave to the browser too, but tell ImGui about C/X/A/Z.
    bool browserShortcut = shortcut && key != ImGuiKey_A && key != ImGuiKey_Z && key != ImGuiKey_Y;
    bool textInputFocused = rc_js_text_input_active();
    if (key != ImGuiKey_None && !(shortcut && key == ImGuiKey_V)) io.AddKeyEvent(key, down);
    if (down && !shortcut && !textInputFocused && isSingleCodepoint(e->key)) io.AddInputCharactersUTF8(e->key);
    // Keys the widget uses are kept from the page (Tab too: it moves the
    // widget's own focus); shortcuts, and typing in the hidden input, are not.
    const EM_BOOL handled = !textInputFocused && !browserShortcut && (key != ImGuiKey_None || isSingleCodepoint(e->key));
    // A key press acts inside its event (a link opened with Enter, Ctrl+C).
    if (down) drawNow();
    else wake();
    return handled;  // textInputFocused: the hidden input types the characters
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent*, void*) {
    // Focus moving from the canvas to our own hidden text input is not the
    // app losing focus: telling ImGui would drop the first typed characters.
    if (type == EMSCRIPTEN_EVENT_BLUR && W->focusingTextInput) {
        W->focusingTextInput = false;
        return EM_FALSE;
    }
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    wake();
    return EM_FALSE;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
    wake();
    return EM_FALSE;
}

const char* getClipboard(void*) { return W->clipboard.c_str(); }
void setClipboard(void*, const char* text) {  // ImGui's own copy (Ctrl+C in a text field)
    W->clipboard = text;
    rc_js_copy(text, 0);
}

const char* cssCursor(ImGuiMouseCursor c) {
    switch (c) {
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        case ImGuiMouseCursor_None: return "none";
        default: return "default";
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Frame and idling
//-----------------------------------------------------------------------------

std::string storageKey() { return "rolecompare:progress:" + W->app.data().meta.id; }
constexpr const char* kTextSizeKey = "rolecompare:text-size";  // the reader's text size (percent), on every dataset

void restoreSavedProgress() {
    std::string saved = takeJsString(rc_js_storage_get(storageKey().c_str()));
    if (!saved.empty()) W->app.restoreProgress(saved);
}
bool hasSavedProgress() { return !takeJsString(rc_js_storage_get(storageKey().c_str())).empty(); }
bool hasFragment() { return !takeJsString(rc_js_location_fragment()).empty(); }  // #quiz=, or one to warn about

void openFragmentToken();
void emitEvent(const std::string& type, const std::string& fieldsJson);

// ?data= could not be used: the reader is told, the host too; the built-in
// data stays.
void dataFailed(const std::string& why) {
    std::string msg = "Could not load the data file (" + why + "); showing the built-in data.";
    rc_js_warn(msg.c_str());
    W->app.showNotice(msg);
    emitEvent("error", rc::dumpJson(rc::Json{{"message", msg}}));
}

// Saved progress, then a #quiz= link (in that order, as when data= is in):
// both wait for the program's last part (rc_on_rest_ready), which reads them.
void restoreProgressThenLink() {
    W->startWaiting = hasSavedProgress() || hasFragment();
}

// #quiz=TOKEN opens the shared result, as someone else's: the reader's own
// progress is neither replaced nor saved over. An address without it (Back
// to before the link) closes a shared result still on screen.
void openFragmentToken() {
    rc::Params p = rc::parseParams("", takeJsString(rc_js_location_fragment()));
    for (const std::string& w : p.warnings) rc_js_warn(w.c_str());
    if (!p.quizToken.empty()) W->app.openShareToken(p.quizToken);
    else W->app.closeShareLink();
    W->entryView = W->app.view();  // the address brought it: no entry of its own (History)
}

// Percent-encodes all but RFC 3986's unreserved characters.
std::string percentEncode(const std::string& s) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

// Share links: the widget's address and the token, nothing else (the
// sharer's theme, view or host settings are theirs). Only ?data= stays when
// the custom data is in use: a token opens against the data it was made with.
void updateShareBase() {
    std::string base = takeJsString(rc_js_share_base());
    if (W->app.usingCustomData() && !W->dataUrl.empty()) base += "?data=" + percentEncode(W->dataUrl);
    W->app.setShareBase(base + "#quiz=");
}

// The page's glue wraps the fields in the embed contract's envelope
// (src/core/host.h): with the browser's JSON, as the JSON reader is in the
// program's third part.
void emitEvent(const std::string& type, const std::string& fieldsJson) {
    rc_js_emit(type.c_str(), fieldsJson.c_str(), W->hostOrigin.c_str(), rc::kEmbedProtocol);
}

void syncHistory(bool forgotShareLink);

void runEffects() {
    bool forgot = false;
    for (rc::ui::Effect& e : W->app.takeEffects()) {
        switch (e.kind) {
            case rc::ui::Effect::Kind::OpenUrl: rc_js_open_url(e.text.c_str()); break;
            case rc::ui::Effect::Kind::CopyText:  // answered by rc_on_copied
                W->clipboard = e.text;
                rc_js_copy(e.text.c_str(), 1);
                break;
            case rc::ui::Effect::Kind::SaveState:
                // Keyed by dataset id: progress in a custom dataset never
                // touches the default's. Storage may be missing: quietly skip.
                rc_js_storage_set(storageKey().c_str(), e.text.c_str());
                break;
            case rc::ui::Effect::Kind::Event:
                // Events wrap their fields with the JSON library, which is in
                // the second part: hold them until it is in (sent before "ready").
                if (W->deferredReady) emitEvent(e.text, e.json);
                else W->heldEvents.emplace_back(e.text, e.json);
                break;
            case rc::ui::Effect::Kind::Mirror: rc_js_mirror(e.text.c_str()); break;
            case rc::ui::Effect::Kind::ForgetShareLink:
                rc_js_forget_share_link();
                forgot = true;
                break;
            case rc::ui::Effect::Kind::SaveTextSize: rc_js_storage_set(kTextSizeKey, e.text.c_str()); break;
        }
    }
    syncHistory(forgot);
}

//-----------------------------------------------------------------------------
// [SECTION] History
//-----------------------------------------------------------------------------
// On the widget's own page (or in an iframe whose host opted in with
// ?history=1), each view is a history entry: ?view=<id> in the address and
// the view in history.state. Back and Forward show the entry's view again
// (rc_on_location) without adding one. The start view replaces its entry;
// the #quiz= result is the entry its link made, and leaving it replaces that
// entry (the link is done with: ForgetShareLink; Back does not bring it back).

// After the app's commands: a view other than the entry's becomes an entry.
void syncHistory(bool forgotShareLink) {
    const rc::ui::View v = W->app.view();
    if (!W->history || v == W->entryView) return;
    W->entryView = v;
    // The Result's address is its quiz's (?view= has no result: a result
    // opens from its answers, or from a #quiz= link).
    const char* urlView = (rc::viewInfo(v).flags & rc::ViewByUrl) ? rc::viewId(v) : v == rc::ui::View::Result ? "quiz" : "";
    rc_js_history_set(rc::viewId(v), urlView, forgotShareLink ? 0 : 1);
}

// The atlas built again (the fonts changed, or the context that held it was
// lost) and put on the GPU. Never with a frame in flight.
void rebuildFonts() {
    W->app.rebuildFonts();
    W->renderer.uploadFonts(ImGui::GetIO().Fonts);
}

// The catalogue of the language the app wants, when the program lacks it:
// fetched (library_rolecompare.js), handed over once the second part is in
// (rc_on_catalogue). Asked again when the data's language changes.
void fetchWantedCatalogue() {
    std::string want = W->app.wantedLanguage();
    if (want == W->app.catalogue().language() || want == W->catalogueAsked) return;
    W->catalogueAsked = want;
    rc_js_fetch_catalogue(want.c_str());
}

// <html lang dir> says the interface's language (screen readers, the mirror,
// the browser's own text handling).
void followLanguage() {
    const rc::Catalogue& c = W->app.catalogue();
    if (c.language() == W->pageLanguage) return;
    W->pageLanguage = c.language();
    rc_js_set_language(c.language().c_str(), c.rtl() ? "rtl" : "ltr");
}

void frame() {
    if ((!W->deferredReady && (W->firstFrameDone || W->holdFirstFrame)) ||
        ((W->catalogueWaiting || W->startWaiting) && !W->firstFrameDone) ||
        W->app.waitingForView()) {  // a view the last part draws: rc_on_rest_ready() resumes
        W->paused = true;  // rc_on_deferred_ready() resumes
        emscripten_pause_main_loop();
        return;
    }
    rc::platform::FrameInputs in;
    in.inputQueued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    in.animating = W->app.wantsFrames();
    in.fontsDirty = W->app.fontsDirty();
    in.displayChanged = syncSize();
    if (!W->runner.beginFrame(in)) {
        // Idle: stop the main loop entirely; the next event resumes it (wake()).
        W->paused = true;
        emscripten_pause_main_loop();
        return;
    }
    W->app.setDisplay(px(W->cssW), px(W->cssH), static_cast<float>(W->dpr));
    if (W->app.fontsDirty()) rebuildFonts();
    ImGuiIO& io = ImGui::GetIO();
    double now = emscripten_get_now() / 1000.0;
    io.DeltaTime = W->lastTime > 0 ? static_cast<float>(std::clamp(now - W->lastTime, 1e-4, 0.1)) : 1.0f / 60.0f;
    W->lastTime = now;
    io.DisplaySize = ImVec2(px(W->cssW), px(W->cssH));
    io.DisplayFramebufferScale = ImVec2(1, 1);

    ImGui::NewFrame();
    W->app.draw();
    ImGui::Render();
    int fbw = static_cast<int>(std::lround(W->cssW * W->dpr)), fbh = static_cast<int>(std::lround(W->bandH * W->dpr));
    W->renderer.render(ImGui::GetDrawData(), fbw, fbh, px(W->bandTop));
    runEffects();
    followLanguage();

    ImGuiMouseCursor c = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (c != W->cursor) { W->cursor = c; rc_js_set_cursor(cssCursor(c)); }
    // On touch devices, the on-screen keyboard follows ImGui's text focus.
    if (io.WantTextInput != W->wantText) {
        W->wantText = io.WantTextInput;
        if (W->touchSeen || !W->wantText) {
            W->focusingTextInput = W->wantText && !rc_js_text_input_active();
            rc_js_text_input(W->wantText ? 1 : 0);
        }
    }
    if (!W->firstFrameDone) {
        W->firstFrameDone = true;
        rc_js_first_frame();  // also starts fetching the rest, when not yet asked for
        if (W->deferredReady) sendReady();
    }
}

// "ready" means interactive: drawn, and the whole program in.
void sendReady() {
    if (W->readySent) return;
    W->readySent = true;
    emitEvent("ready", rc::dumpJson(rc::Json{
                           {"version", RC_VERSION}, {"dataset", W->app.data().meta.id}, {"language", W->app.catalogue().language()}}));
    // The first frame's size report went out before ready; repeat it after.
    emitEvent("resize", rc::dumpJson(rc::Json{{"height", static_cast<int>(W->app.contentHeightCss())}}));
}

void listenForInput() {
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_FALSE, onMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, onMouseUpAnywhere);
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_FALSE, onMouse);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_FALSE, onMouse);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_FALSE, onWheel);
    emscripten_set_touchstart_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchend_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_FALSE, onTouch);
    emscripten_set_keydown_callback(kCanvas, nullptr, EM_FALSE, onKey);
    emscripten_set_keyup_callback(kCanvas, nullptr, EM_FALSE, onKey);
    emscripten_set_keydown_callback("#rc-text-input", nullptr, EM_FALSE, onKey);
    emscripten_set_keyup_callback("#rc-text-input", nullptr, EM_FALSE, onKey);
    emscripten_set_focus_callback(kCanvas, nullptr, EM_FALSE, onFocus);
    emscripten_set_blur_callback(kCanvas, nullptr, EM_FALSE, onFocus);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, onResize);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Start-up
//-----------------------------------------------------------------------------

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* rc_state_json() {
    static std::string s;
    s = W ? W->app.exportState() : "{}";
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE void rc_wake() { if (W) wake(); }
// The rest of the program (rolecompare.deferred.wasm) is instantiated:
// restore progress, open a #quiz= link or fetch ?data=, then draw (and handle
// the input that came meanwhile).
EMSCRIPTEN_KEEPALIVE void rc_on_deferred_ready() {
    if (!W || W->deferredReady) return;
    W->deferredReady = true;
    W->app.setMirrorEnabled(true);
    for (const auto& e : W->heldEvents) emitEvent(e.first, e.second);
    W->heldEvents.clear();
    if (!W->dataUrl.empty()) {
        rc_js_fetch_data(W->dataUrl.c_str());  // progress and #quiz= follow once it is in
    } else {
        restoreProgressThenLink();
    }
    rc_js_after_rest();  // the last part, asked for now (boot.js), calls rc_on_rest_ready
    if (W->firstFrameDone) sendReady();
    rc_js_interactive();  // the page's queued calls (host messages, mirror, hash) go through now
    // The shaders' status, asked only now that the GPU has long answered
    // (asking before the first frame would wait for the compile).
    std::string glProblem = W->renderer.firstProblem();
    if (!glProblem.empty()) rc_js_fatal(("The interactive comparison could not draw (WebGL: " + glProblem + ").").c_str());
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_backspace() {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Backspace, true);
    io.AddKeyEvent(ImGuiKey_Backspace, false);
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_paste(const char* utf8) {
    W->clipboard = utf8;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_copied(int ok) {
    W->app.copyFinished(ok != 0);
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_host_message(const char* origin, const char* json) {
    rc::HostCommand c = rc::parseHostCommand(origin, W->hostOrigin, json);
    switch (c.kind) {
        case rc::HostCommand::Kind::None:
            break;  // ignored: no side effect (not even a warning: any page may post to us)
        case rc::HostCommand::Kind::SetTheme:
            W->followSystemTheme = c.value == "auto";
            W->app.setTheme(c.value == "dark" || (W->followSystemTheme && rc_js_prefers_dark()) ? rc::ui::ThemeMode::Dark
                                                                                              : rc::ui::ThemeMode::Light);
            break;
        case rc::HostCommand::Kind::SetView: {
            rc::ui::View v;
            if (rc::parseView(c.value, &v, rc::ViewByUrl)) W->app.setView(v);
            break;
        }
        case rc::HostCommand::Kind::ResetQuiz:
            W->app.resetQuiz();
            break;
    }
    // Applied and answered now: the events go out at once, even from an
    // iframe out of view (whose animation frames the browser holds back).
    // The drawing waits for the next animation frame, when it can be seen.
    runEffects();
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_mirror_action(const char* action) {
    W->app.mirrorAction(action);
    runEffects();  // the mirror acts while the canvas may be idle
    wake();
}
// The history moved (Back, Forward) or the fragment changed. stateView: the
// entry's view from history.state ("" for entries the widget did not make).
// A #quiz= link opens its result, an address without one closes a shared
// result; with history on, the entry's view (else its ?view=) comes back.
// Nothing is pushed: the entry is already there.
EMSCRIPTEN_KEEPALIVE void rc_on_location(const char* stateView) {
    openFragmentToken();
    if (W->history && !W->app.state().shared.active) {
        std::string id = stateView;
        if (id.empty()) id = rc::parseParams(takeJsString(rc_js_location_query()), "").view;
        rc::ui::View v;
        if (!id.empty() && rc::parseView(id, &v)) W->app.setView(v);
        W->entryView = W->app.view();
    }
    runEffects();
    wake();
}
// Ctrl+F / Cmd+F on the widget (library_rolecompare.js): the widget's own
// search, so a find lands on text that can be seen (the browser's would
// find the screen-reader mirror's, off-screen). Returns 1: handled.
EMSCRIPTEN_KEEPALIVE int rc_find() {
    if (!W) return 0;
    W->app.execute(rc::ui::OpenSearch{});  // the Search view, its box taking the keys
    runEffects();
    wake();
    return 1;
}
EMSCRIPTEN_KEEPALIVE void rc_on_data(const char* bytes, int n) {
    std::string origin = "the data file";
    std::vector<std::string> errors = W->app.loadCustomData(std::string_view(bytes, static_cast<size_t>(n)), origin);
    for (const std::string& e : errors) rc_js_warn(e.c_str());
    fetchWantedCatalogue();  // the data's meta.language may ask for another
    updateShareBase();
    restoreSavedProgress();
    openFragmentToken();
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_data_error(const char* message) {
    dataFailed(message);
    restoreSavedProgress();
    openFragmentToken();
    wake();
}
// The program's last part is in (rolecompare.rest.wasm): the views it
// draws, then the saved progress and a #quiz= link (restoreProgressThenLink);
// a frame held for any of them follows. If that part cannot load, boot.js
// shows the plain content instead (rcRestFailed).
EMSCRIPTEN_KEEPALIVE void rc_on_rest_ready() {
    W->app.setLateViews(true);
    if (W->startWaiting) {
        W->startWaiting = false;
        restoreSavedProgress();
        openFragmentToken();
    }
    runEffects();
    wake();
}
// A fetched catalogue (site/ui/<lang>.json), called once the third part is
// in (the JSON library is there). One with errors still gives its sound
// messages, English the rest; the errors go to the console.
EMSCRIPTEN_KEEPALIVE void rc_on_catalogue(const char* bytes, int n) {
    rc::CatalogueLoad l = rc::loadCatalogue(std::string_view(bytes, static_cast<size_t>(n)));
    for (const rc::Diagnostic& d : l.errors) rc_js_warn(rc::formatDiagnostic("ui/" + W->catalogueAsked + ".json", d).c_str());
    if (l.catalogue.language() == W->catalogueAsked) W->app.setCatalogue(l.catalogue);
    else rc_js_warn(("ui/" + W->catalogueAsked + ".json is for language '" + l.catalogue.language() + "'; kept " +
                     W->app.catalogue().language()).c_str());
    W->catalogueWaiting = false;
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_catalogue_error(const char* message) {
    rc_js_warn(("could not load the interface in '" + W->catalogueAsked + "' (" + message + "); it stays in " +
                W->app.catalogue().language()).c_str());
    W->catalogueWaiting = false;
    wake();
}
EMSCRIPTEN_KEEPALIVE void rc_on_color_scheme(int dark) {
    if (!W->followSystemTheme) return;
    W->app.setTheme(dark ? rc::ui::ThemeMode::Dark : rc::ui::ThemeMode::Light);
    wake();
}
}

int main() {
    W = new Web();
    rc_js_init();

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    rc::shared::setWebGLContextAttributes(&attrs);  // src/shared.json: boot.js made the context with these
    W->gl = emscripten_webgl_create_context(kCanvas, &attrs);
    if (W->gl <= 0) {
        rc_js_fatal("This browser cannot show the interactive comparison: WebGL 2 is not available.");
        return 0;
    }
    emscripten_webgl_make_context_current(W->gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep the loop awake
    io.BackendPlatformName = "rolecompare_html5";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    io.BackendRendererName = "rolecompare_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // a tall widget's draw list passes 65,536 vertices
    W->renderer.init();
    // A lost context (the GPU reset, the browser reclaimed it) comes back
    // empty: new program, buffers and font texture, then a redraw.
    emscripten_set_webglcontextlost_callback(kCanvas, nullptr, EM_FALSE,
                                             [](int, const void*, void*) -> EM_BOOL { return EM_TRUE; });
    emscripten_set_webglcontextrestored_callback(kCanvas, nullptr, EM_FALSE, [](int, const void*, void*) -> EM_BOOL {
        W->renderer.init(true);
        rebuildFonts();
        wake();
        return EM_TRUE;
    });

    rc::Params params = rc::parseParams(takeJsString(rc_js_location_query()), "");
    for (const std::string& w : params.warnings) rc_js_warn(w.c_str());
    W->hostOrigin = !params.parentOrigin.empty() ? params.parentOrigin
                                                 : rc::normalizeOrigin(takeJsString(rc_js_referrer_origin()));
    rc::ui::AppConfig cfg;
    cfg.faces = &rc::web::canvasFontFaces();
    W->followSystemTheme = params.theme == rc::Params::Theme::Auto;
    bool dark = params.theme == rc::Params::Theme::Dark || (W->followSystemTheme && rc_js_prefers_dark());
    cfg.theme = dark ? rc::ui::ThemeMode::Dark : rc::ui::ThemeMode::Light;
    if (params.hasAccent) cfg.accent = params.accent;
    cfg.compact = params.compact;
    cfg.coarse = rc_js_pointer_coarse() != 0;  // and once a finger is seen (onTouch)
    if (!params.view.empty()) rc::parseView(params.view, &cfg.startView, rc::ViewByUrl);
    cfg.textSize = std::atoi(takeJsString(rc_js_storage_get(kTextSizeKey)).c_str());
    if (cfg.textSize <= 0) cfg.textSize = 100;
    cfg.language = params.lang;
    for (std::string langs = takeJsString(rc_js_languages()); !langs.empty();) {
        size_t comma = langs.find(',');
        if (comma != 0) cfg.browserLanguages.push_back(langs.substr(0, comma));
        langs.erase(0, comma == std::string::npos ? langs.size() : comma + 1);
    }
    W->app.init(cfg);
    // Another language than English: its catalogue is fetched, and the first
    // frame waits for it and the second part (which parses it).
    fetchWantedCatalogue();
    W->catalogueWaiting = !W->catalogueAsked.empty();
    for (const std::string& w : params.warnings)  // a host's opt-in that did not take: said where it shows
        if (w.rfind("ignored history=", 0) == 0) W->app.showNotice("This page's address has a bad setting (" + w.substr(8) + ").");
    W->history = params.history == rc::Params::History::On ||
                 (params.history == rc::Params::History::Auto && rc_js_is_top());
    W->entryView = W->app.view();
    if (W->history) rc_js_history_set(rc::viewId(W->entryView), "", 0);  // the start view: its entry, not a new one
    W->app.setMirrorEnabled(false);  // until the second part is in: not needed for the first frame
    W->app.setLateViews(false);      // until the last part is in (rc_on_rest_ready)
    W->dataUrl = params.dataUrl;
    updateShareBase();  // again once custom data is in (rc_on_data)
    // Progress to restore, a #quiz= link or a start view the first part does
    // not draw (the view table's part column): the first frame already needs
    // the rest of the program, so it waits for it.
    W->holdFirstFrame = W->catalogueWaiting || hasSavedProgress() || hasFragment() ||
                        rc::viewInfo(cfg.startView).part == rc::WebPart::Last;
    if (W->holdFirstFrame) rc_js_load_deferred();
    syncSize();
    // Input is taken from the start: until the rest is in, it waits in
    // ImGui's queue (no frame runs), so an early click is not lost.
    listenForInput();

    emscripten_set_main_loop(frame, 0, EM_FALSE);
    // The first frame now, not at the next animation frame: the page shows it
    // with its next frame either way, and the wait (20-50 ms while the page
    // loads) would only push it later.
    frame();
    return 0;
}
