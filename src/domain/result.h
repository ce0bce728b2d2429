#pragma once

#include <QString>

#include <expected>

namespace thidua {

// What went wrong, in terms a caller can act on; the message is already
// translated and names the row, field or file concerned.
enum class ErrorCode {
    InvalidInput,
    NotFound,
    Conflict,
    Storage,
    Io,
    Unsupported,
    Cancelled, // the user stopped long work; nothing was changed
};

struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

// Errors travel as values through domain, storage and services; exceptions are
// reserved for programming errors.
template <typename T>
using Result = std::expected<T, Error>;

using Status = Result<void>;

inline std::unexpected<Error> fail(ErrorCode code, QString message) {
    return std::unexpected(Error{code, std::move(message)});
}

} // namespace thidua
