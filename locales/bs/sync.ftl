## Sync with the municipality's server.

sync-title = Veza s općinom
sync-intro = Uz kod od Vašeg koordinatora, ono što zabilježite šalje se općini kada uređaj ima mrežu.
sync-server = Adresa servera
sync-code = Kod od koordinatora
sync-connect = Poveži
# Variables:
#   $server (String) - the server address
sync-connected = Povezano sa { $server }
sync-now = Sinhroniziraj sada
sync-running = Sinhronizacija…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Šalje se { $sent } od { $total }…
sync-never = Još nijedna sinhronizacija nije uspjela.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Posljednja uspješna sinhronizacija: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Ništa ne čeka.
    [one] { $count } susret čeka na slanje.
    [few] { $count } susreta čekaju na slanje.
   *[other] { $count } susreta čeka na slanje.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Posljednji pokušaj nije uspio: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] Prethodni korisnik je zabilježio { $count } susret koji nije stigao na server i trenutno se ne može poslati. Ako se povežete kao novi korisnik, bit će obrisan s ovog uređaja.
    [few] Prethodni korisnik je zabilježio { $count } susreta koji nisu stigli na server i trenutno se ne mogu poslati. Ako se povežete kao novi korisnik, bit će obrisani s ovog uređaja.
   *[other] Prethodni korisnik je zabilježio { $count } susreta koji nisu stigli na server i trenutno se ne mogu poslati. Ako se povežete kao novi korisnik, bit će obrisani s ovog uređaja.
}
sync-handover-discard = Obriši i poveži
sync-handover-cancel = Otkaži
sync-new-code = Poveži s novim kodom
status-offline = Nema mrežne veze. Ono što zabilježite čuva se na uređaju i šalje se kasnije.
sync-scan = Skeniraj QR kod od koordinatora
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Uređaj će biti povezan sa { $host }.
