// ImGui draw data -> WebGL2, without a single GPU round trip per frame (see
// renderer.h for why).
#include "renderer.h"

#include "js_string.h"
#include "rc_shared.h"  // the shaders' attributes (src/shared.json)

#include <GLES3/gl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" {
// rcGL's program (web/boot.js: compiled while the program compiled), as a
// GL name; fresh: compiled again (a lost context came back).
unsigned rc_js_gl_program(int fresh);
// "" when the program linked, else the shaders' log (malloc'd).
char* rc_js_gl_problem();
// Uploads into texture (8-bit alpha) the glyphs the page drew (rcFont's last
// atlas canvas: the top rows) and, below them, the rows of alpha (ImGui's own
// rectangles).
void rc_js_font_texture(unsigned texture, int width, int height, const unsigned char* alpha);
}

namespace rc::web {
namespace {

// The vertex attributes as the shaders declare them (rcGL in web/boot.js,
// from the same table): ImDrawVert's fields, and the projection, a constant
// attribute (no vertex array).
namespace attr = shared::attribute;
static_assert(sizeof(ImDrawVert::pos) == attr::aPos.size * sizeof(float), "aPos is ImDrawVert::pos");
static_assert(sizeof(ImDrawVert::uv) == attr::aUV.size * sizeof(float), "aUV is ImDrawVert::uv");
static_assert(sizeof(ImDrawVert::col) == attr::aColor.size, "aColor is ImDrawVert::col, a byte a component");
static_assert(attr::aXform.size == 4, "aXform is the projection: scale x, y, offset x, y");

}  // namespace

// The vertex attributes read the vertex buffer from vertex `first` on. A
// draw list of more than 65,536 vertices (a tall widget drawn whole: a
// 20,000 px embed) is split by ImGui into commands whose 16-bit indices count
// from their VtxOffset (ImGuiBackendFlags_RendererHasVtxOffset); WebGL2 has
// no base-vertex draw, so each such command moves the attributes instead.
void Renderer::pointVertices(unsigned first) {
    const auto at = [first](size_t offset) { return reinterpret_cast<const void*>(first * sizeof(ImDrawVert) + offset); };
    glVertexAttribPointer(attr::aPos.location, attr::aPos.size, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(attr::aUV.location, attr::aUV.size, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(attr::aColor.location, attr::aColor.size, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                          at(offsetof(ImDrawVert, col)));
    firstVertex_ = first;
}

void Renderer::init(bool restored) {
    program_ = rc_js_gl_program(restored ? 1 : 0);

    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);  // kept by the vertex array
    glEnableVertexAttribArray(attr::aPos.location);
    glEnableVertexAttribArray(attr::aUV.location);
    glEnableVertexAttribArray(attr::aColor.location);
    pointVertices(0);

    // The page's context is ours alone: this state is set once. Using the
    // program waits for its link (the only wait): here, before the font
    // upload is queued behind it, and after boot.js asked for the link while
    // the program compiled.
    glUseProgram(program_);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glActiveTexture(GL_TEXTURE0);
    fontTexture_ = 0;
}

void Renderer::uploadFonts(ImFontAtlas* atlas) {
    if (fontTexture_) glDeleteTextures(1, &fontTexture_);
    glGenTextures(1, &fontTexture_);
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    rc_js_font_texture(fontTexture_, atlas->TexWidth, atlas->TexHeight, atlas->TexPixelsAlpha8);
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(fontTexture_)));
    atlas->ClearTexData();  // on the GPU now; a rebuild makes new ones
}

void Renderer::render(const ImDrawData* data, int fbw, int fbh, float bandTop) {
    glViewport(0, 0, fbw, fbh);
    glDisable(GL_SCISSOR_TEST);  // glClear is clipped by the scissor
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!data || data->TotalVtxCount == 0 || fbw <= 0 || fbh <= 0) return;
    glEnable(GL_SCISSOR_TEST);

    // The band of the display the framebuffer shows: all of its width,
    // fbh pixels of its height from bandTop.
    const ImVec2 scale = data->FramebufferScale;
    const ImVec2 pos(data->DisplayPos.x, data->DisplayPos.y + bandTop / scale.y);
    const ImVec2 size(data->DisplaySize.x, fbh / scale.y);
    // Display coordinates (y down) -> clip space (y up).
    glVertexAttrib4f(attr::aXform.location, 2.0f / size.x, -2.0f / size.y, -1.0f - 2.0f * pos.x / size.x,
                     1.0f + 2.0f * pos.y / size.y);
    GLuint bound = 0;
    const GLenum indexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {  // the app sets none; ImGui's reset needs nothing here
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - pos.x) * scale.x, y0 = (cmd.ClipRect.y - pos.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - pos.x) * scale.x, y1 = (cmd.ClipRect.w - pos.y) * scale.y;
            if (x1 <= x0 || y1 <= std::max(y0, 0.0f) || y0 >= fbh || cmd.ElemCount == 0) continue;  // empty, or outside the band
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(fbh - y1), static_cast<GLsizei>(x1 - x0),
                      static_cast<GLsizei>(y1 - y0));
            if (cmd.VtxOffset != firstVertex_) pointVertices(cmd.VtxOffset);
            const GLuint texture = static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID()));
            if (texture != bound) glBindTexture(GL_TEXTURE_2D, bound = texture);
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), indexType,
                           reinterpret_cast<const void*>(static_cast<uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
}

std::string Renderer::firstProblem() const { return takeJsString(rc_js_gl_problem()); }

}  // namespace rc::web
