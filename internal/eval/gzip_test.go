package eval

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

func TestReadGzip(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("<p>page</p>"))
	zw.Close()
	good := filepath.Join(dir, "p.html.gz")
	os.WriteFile(good, buf.Bytes(), 0o644)
	if b, err := ReadGzip(good); err != nil || string(b) != "<p>page</p>" {
		t.Errorf("ReadGzip = %q, %v", b, err)
	}
	plain := filepath.Join(dir, "p.html")
	os.WriteFile(plain, []byte("<p>page</p>"), 0o644)
	if _, err := ReadGzip(plain); err == nil {
		t.Error("ReadGzip of a file that is not gzip: no error")
	}
	if _, err := ReadGzip(filepath.Join(dir, "missing.gz")); err == nil {
		t.Error("ReadGzip of a missing file: no error")
	}
}
