// Draws ImGui's draw data with WebGL2, for the web build only (the desktop
// uses ImGui's stock OpenGL 3 backend).
//
// Why not the stock backend: it asks the GPU for things every frame (the
// state it saves and restores, shader compile and link status, uniform
// locations), and in a browser each of those questions waits for the GPU
// process to finish everything queued before it. On the first frame that is
// the shader compile and the font upload: 40-130 ms of the main thread spent
// waiting (docs/performance.md). This renderer never asks:
// - the page owns the context, so there is no state to save or restore;
// - the shaders (rcGL in web/boot.js) are compiled while the program
//   compiles; their status is read once, after the first frame
//   (firstProblem()), when the answer is long known;
// - attributes have fixed locations in the shaders, and the projection is a
//   constant vertex attribute, so no location is looked up (the shaders and
//   their attributes: src/shared.json, which both sides are generated from).
//
// The font atlas is an 8-bit alpha texture (coverage), uploaded straight from
// the canvas the browser drew the glyphs on (fonts_canvas.cpp): no read-back,
// a quarter of the bytes of RGBA. The shader takes only the texture's alpha,
// so the colour of transparent texels, which a canvas cannot keep, does not
// matter.
#pragma once

#include <string>

struct ImDrawData;
struct ImFontAtlas;

namespace rc::web {

class Renderer {
public:
    // Takes the program and creates the buffers in the current context.
    // Again, restored, when a lost context comes back (its objects are gone).
    void init(bool restored = false);
    // Uploads the atlas just built by canvasFontFaces() and frees its pixels.
    void uploadFonts(ImFontAtlas* atlas);
    // Clears the framebuffer (fbw x fbh pixels) and draws the band of the
    // display that starts bandTop pixels down (0: the top; the canvas may
    // cover only part of a tall widget: rcBand in web/boot.js).
    void render(const ImDrawData* data, int fbw, int fbh, float bandTop = 0);
    // The shaders' compile or link log if they failed, else "". Asks the GPU:
    // call after the first frame, not before.
    std::string firstProblem() const;

private:
    void pointVertices(unsigned first);  // the attributes read from vertex `first` (ImDrawCmd::VtxOffset)
    unsigned firstVertex_ = 0;
    unsigned program_ = 0, vao_ = 0, vbo_ = 0, ibo_ = 0, fontTexture_ = 0;
};

}  // namespace rc::web
