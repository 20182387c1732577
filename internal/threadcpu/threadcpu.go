// Package threadcpu reads the CPU time of the calling OS thread, for the
// benchmarks that compare builds on a machine other processes load: the
// time a thread waits while they run is left out, which is most of the
// difference between two wall-clock runs. Callers lock the goroutine to
// its thread (runtime.LockOSThread) around the work they measure.
package threadcpu
