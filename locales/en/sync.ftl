## Sync with the municipality's server.

sync-title = Connection to the municipality
sync-intro = With a code from your coordinator, what you log is sent to the municipality when the device has a network.
sync-server = Server address
sync-code = Code from your coordinator
sync-connect = Connect
# Variables:
#   $server (String) - the server address
sync-connected = Connected to { $server }
sync-now = Sync now
sync-running = Syncing…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Sending { $sent } of { $total }…
sync-never = No sync has succeeded yet.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Last successful sync: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Nothing waits.
    [one] { $count } occasion waits to be sent.
   *[other] { $count } occasions wait to be sent.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = The last attempt failed: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } occasion the previous user logged has not reached the server and cannot be sent right now. If you connect as a new user, it is erased from this device.
   *[other] { $count } occasions the previous user logged have not reached the server and cannot be sent right now. If you connect as a new user, they are erased from this device.
}
sync-handover-discard = Erase and connect
sync-handover-cancel = Cancel
sync-new-code = Connect with a new code
status-offline = No network. What you log is kept on the device and sent later.
sync-scan = Scan the coordinator's QR code
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = The device will connect to { $host }.
