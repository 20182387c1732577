// Package charset turns the bytes of an input into UTF-8.
//
// DecodeHTML decodes a page as a browser reading a file would: a
// byte-order mark, the bytes themselves when they are valid UTF-8, a
// <meta> declaration, sniffing for Cyrillic and other single-byte
// encodings, and the WHATWG fallback to windows-1252. DecodeText does the
// same for a raw text. Both fail, with an error wrapping
// model.ErrEncoding, only for input that is not text at all.
package charset
