#pragma once

#include "document.h"
#include "typography.h"

#include <QXmlStreamWriter>

// The signatures of a DOCX, as borderless tables whose rows stay on one page,
// laid out as block_layout.cpp and signature_columns_layout.cpp lay them out
// for the PDF. `widthMm` is the width of the text area.
namespace thidua::documents::docx {

// "Nơi nhận:" and its entries (or the preparer's signature) on the left, the
// signer on the right.
void signatureBlock(QXmlStreamWriter& xml, const SignatureBlock& signature, const Typography& type,
                    double widthMm);

// Rows of up to `perRow` equal columns under their caption; a short last row
// is centred under the full ones.
void signatureColumns(QXmlStreamWriter& xml, const SignatureColumns& signatures,
                      const Typography& type, double widthMm);

} // namespace thidua::documents::docx
