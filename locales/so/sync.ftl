## Sync with the municipality's server.

sync-title = Xiriirka degmada
sync-intro = Kood aad ka hesho isku-duwahaaga ayaa kuu oggolaanaya in waxaad diiwaangeliso loo diro degmada marka qalabku internet leeyahay.
sync-server = Ciwaanka server-ka
sync-code = Koodka isku-duwaha
sync-connect = Ku xir
# Variables:
#   $server (String) - the server address
sync-connected = Waxaa lagu xiray { $server }
sync-now = Hadda isku waafaji
sync-running = Waa la isku waafajinayaa…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Waxaa la dirayaa { $sent } ka mid ah { $total }…
sync-never = Weli isku-waafajin ma guulaysan.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Isku-waafajintii ugu dambaysay ee guulaysatay: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Waxba ma sugayaan.
    [one] { $count } kulan ayaa sugaya in la diro.
   *[other] { $count } kulan ayaa sugaya in la diro.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Isku daygii ugu dambeeyay wuu fashilmay: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } kulan oo uu diiwaangeliyay isticmaalihii hore ma gaarin server-ka, mana la diri karo hadda. Haddii aad ku xirto isticmaale cusub ahaan, waa laga tirtiri doonaa qalabkan.
   *[other] { $count } kulan oo uu diiwaangeliyay isticmaalihii hore ma gaarin server-ka, mana la diri karo hadda. Haddii aad ku xirto isticmaale cusub ahaan, waa laga tirtiri doonaa qalabkan.
}
sync-handover-discard = Tirtir oo ku xir
sync-handover-cancel = Jooji
sync-new-code = Ku xir kood cusub
status-offline = Internet ma jiro. Waxaad diiwaangeliso waxaa lagu kaydinayaa qalabka, hadhow ayaana la diri doonaa.
sync-scan = Iskaan samee koodka QR ee isku-duwaha
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Qalabka waxaa lagu xiri doonaa { $host }.
