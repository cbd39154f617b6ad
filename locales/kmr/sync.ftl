## Sync with the municipality's server.

sync-title = Girêdana bi şaredariyê re
sync-intro = Bi kodeke ji koordînatorê te, tiştên ku tu qeyd dikî dema ku cîhaz bi torê ve girêdayî be ji şaredariyê re têne şandin.
sync-server = Navnîşana serverê
sync-code = Koda ji koordînatorê
sync-connect = Girê bide
# Variables:
#   $server (String) - the server address
sync-connected = Girêdayî bi { $server }
sync-now = Niha hevdem bike
sync-running = Tê hevdemkirin…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = { $sent } ji { $total } tê şandin…
sync-never = Hîn tu hevdemkirin bi ser neketiye.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Hevdemkirina serketî ya dawî: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Tiştek li bendê nîne.
    [one] { $count } çalakî li benda şandinê ye.
   *[other] { $count } çalakî li benda şandinê ne.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Hewldana dawî bi ser neket: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } çalakiya ku bikarhênerê berê qeyd kiriye negihîştiye serverê û niha nayê şandin. Heke tu wek bikarhênerekî nû cîhazê girê bidî, ew ê ji vê cîhazê were jêbirin.
   *[other] { $count } çalakiyên ku bikarhênerê berê qeyd kirine negihîştine serverê û niha nayên şandin. Heke tu wek bikarhênerekî nû cîhazê girê bidî, ew ê ji vê cîhazê werin jêbirin.
}
sync-handover-discard = Jê bibe û girê bide
sync-handover-cancel = Betal bike
sync-new-code = Bi kodeke nû girê bide
status-offline = Tor tune. Tiştên ku tu qeyd dikî li ser cîhazê têne tomarkirin û paşê têne şandin.
sync-scan = Koda QR ya koordînatorê skan bike
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Cîhaz dê bi { $host } ve were girêdan.
