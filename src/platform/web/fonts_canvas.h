// The web build's type faces: drawn by the browser (fonts_canvas.cpp).
#pragma once
#include "ui/context.h"

namespace rc::web {
const ui::FontFaces& canvasFontFaces();
}
