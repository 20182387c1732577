#!/bin/bash
# usage: rusets.sh DIR  — compact figures of every ru-fresh set (both halves) and the ru-quotes-dev tune half
cd "$1" || exit 1
go build -o /tmp/ae.$$ ./cmd/articleeval || exit 1
for s in testdata/ru-fresh testdata/ru-fresh2 testdata/ru-fresh3 testdata/ru-fresh5 testdata/ru-fresh6 testdata/ru-fresh7 testdata/ru-fresh8 testdata/ru-fresh9 testdata/ru-fresh10 testdata/ru-fresh11; do
  /tmp/ae.$$ ruquotes $s 2>&1 | awk -v s=$(basename $s) '/^split/{h=$2} /^  quotations/{q=$3" "$4" "$6" "$7} /speaker right/{sp=$9" "$10} /cited outlets/{print s, h, "Q", q, "SPK", sp, "OUT", $4, $5, $7, $8}'
done
/tmp/ae.$$ ruquotes -split tune /work/shared/corpora/ru-quotes-dev 2>&1 | awk '/^split/{h=$2} /^  quotations/{q=$3" "$4" "$6" "$7} /speaker right/{sp=$9" "$10} /cited outlets/{print "rqd", h, "Q", q, "SPK", sp, "OUT", $4, $5, $7, $8}'
rm -f /tmp/ae.$$
