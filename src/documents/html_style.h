#pragma once

#include "page_layout.h"
#include "typography.h"

#include <QString>

// The style sheet of an HTML document (html_renderer.h): the page, fonts and
// spacing of Nghị định 30/2020 in CSS, from the same typography as the PDF.
namespace thidua::documents {

QString htmlStyle(const Typography& type, const PageGeometry& geometry);

} // namespace thidua::documents
