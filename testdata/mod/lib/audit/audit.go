// Package audit records events. It imports nothing, so Go's initialisation
// order (sorted by import path, first ready package first) runs its init
// before example.com/lib/text even though only report imports it.
package audit

// Log holds every recorded event in order.
var Log []string

func init() {
	println("init example.com/lib/audit")
}

// Record appends an event to Log.
func Record(event string) {
	Log = append(Log, event)
}
