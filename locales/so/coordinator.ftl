## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Soo gal adigoo ah isku-duwe
coordinator-login-name = Magaca gelitaanka
coordinator-password = Furaha sirta ah
coordinator-login-button = Soo gal
coordinator-logout = Ka bax
coordinator-activities-title = Kulamada la diiwaangeliyay
coordinator-from = Laga bilaabo
coordinator-to = Ilaa
coordinator-project = Mashruuc
coordinator-all-projects = Dhammaan mashaariicdayda
coordinator-column-date = Taariikh
coordinator-column-project = Mashruuc
coordinator-column-area = Aag
coordinator-column-venue = Goob
coordinator-column-people = Dadka la gaaray
coordinator-column-author = Waxaa diiwaangeliyay
coordinator-previous = Hore
coordinator-next = Xiga
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Waxaad ku gashay magaca { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Kulan ma jiro.
    [one] { $count } kulan.
   *[other] { $count } kulan.
}
coordinator-nav-activities = Kulamada
coordinator-nav-overview = Guudmar
coordinator-overview-title = Guudmar
coordinator-occasions = kulan
coordinator-hours = saacadood
coordinator-people-total = qof oo la gaaray
coordinator-active-guides = hage caafimaad iyo shaqaale firfircoon
coordinator-by-month = Dadka la gaaray bil kasta
coordinator-by-area = Aag kasta
coordinator-topics = Mawduucyada
coordinator-languages = Luqadaha
coordinator-column-occasions = Kulamada
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Haween { $women }, rag { $men }, gabdho { $girls }, wiilal { $boys }, kale ama lama sheegin { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Tus
coordinator-field-format = Qaabka
coordinator-field-minutes = Daqiiqado
coordinator-field-note = Qoraal
coordinator-reviewed = La hubiyay
coordinator-reviewed-any = Dhammaan
coordinator-filter-any = Dhammaan
coordinator-reviewed-waiting = Sugaya hubin
coordinator-reviewed-done = Kuwa la hubiyay
coordinator-yes = Haa
coordinator-no = Maya
coordinator-mark-reviewed = U calaamadee inuu la hubiyay
coordinator-mark-unreviewed = Ka saar calaamadda "la hubiyay"
coordinator-correct-title = Sax hal sanduuq
coordinator-correct-field = Sanduuq
coordinator-correct-value = Qiime cusub
coordinator-correct-button = Sax
coordinator-corrected = Saxitaanka waa la kaydiyay, wuxuuna gaari doonaa qalabka hagaha marka xigta ee la isku waafajiyo.
coordinator-bad-value = Qiimuhu kuma habboona sanduuqa: tiradu waa tiro dhan, taariikhdana waxaa loo qoraa YYYY-MM-DD.
coordinator-by-gender-title = Dadka la gaaray, jinsi iyo koox da' ahaan
coordinator-venues = Goobaha

## Kept conflicts.

coordinator-nav-conflicts = Isku-dhacyo
coordinator-conflicts-title = Isku-dhacyo u baahan go'aan
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Isku-dhac sugaya ma jiro.
    [one] { $count } isku-dhac ayaa sugaya.
   *[other] { $count } isku-dhac ayaa sugaya.
}
coordinator-conflict-field = Sanduuq
coordinator-conflict-kept = Qiimaha la kaydiyay
coordinator-conflict-lost = Qiimaha aan la qaadan
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = waxaa ka yimid { $name }
coordinator-conflict-keep = Hay qiimaha la kaydiyay
coordinator-conflict-take = Qaado qiimaha kale

## People and devices.

coordinator-nav-people = Dadka iyo qalabka
coordinator-people-title = Dadka iyo qalabka
coordinator-person-name = Magac
coordinator-person-role = Door
coordinator-role-guide = Hagaha caafimaadka
coordinator-role-staff = Shaqaale
coordinator-role-coordinator = Isku-duwe
coordinator-role-admin = Maamule
coordinator-role-viewer = Akhriste (guddiga hagidda, maalgeliye wadaag ah)
coordinator-devices = Qalabka
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Nooca { $version }, isku-waafajintii ugu dambaysay { $seen }
coordinator-never = marna
coordinator-revoked = Waa la gooyay
coordinator-revoke = Gooy xiriirka
coordinator-issue-code = Kood cusub oo qalab lagu xiro
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = Kood hal mar la isticmaalo oo loogu talagalay { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Wuu shaqaynayaa ilaa { $at } (UTC).
coordinator-code-qr = Kood QR ah oo wata ciwaanka server-ka iyo koodka hal mar la isticmaalo
coordinator-new-person = Ku dar qof
coordinator-create-person = Ku dar

## Reference lists.

coordinator-nav-reference = Liisaska
coordinator-reference-title = Liisaska iyo mashaariicda
coordinator-list = Liis
coordinator-list-projects = Mashaariicda
coordinator-list-questions = Qaybaha su'aalaha
coordinator-list-referrals = U gudbinta
coordinator-list-outcomes = Natiijooyinka
coordinator-list-development-areas = Qaybaha horumarinta
coordinator-list-partners = La-hawlgalayaasha
coordinator-code = Kood
coordinator-retired = La joojiyay
coordinator-add-item = Ku dar liiska
coordinator-add-target = Ku dar muddo
coordinator-project-start = Mashruucu wuxuu bilaabmayaa
coordinator-project-end = Mashruucu wuxuu dhammaanayaa (warbixinta kama dambaysta ah waxaa la gudbiyaa hal bil kadib)
coordinator-save-reference = Kaydi liisaska
coordinator-reference-saved = Liisaska waa la kaydiyay, waxayna gaari doonaan qalabka marka xigta ee la isku waafajiyo.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Akoon
account-disabled = La xannibay
account-disable = Xannib akoonka
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Ma hubtaa inaad xannibto akoonka { $name }? Dhammaan gelitaannada akoonkan isla markiiba waa la joojinayaa, qalabka qofkanna isla markiiba waa laga gooyayaa; xogta qalabka saaran waa la tirtiri doonaa marka xigta ee la isku waafajiyo.
account-disable-yes = Haa, xannib
account-enable = Fur akoonka
account-cancel = Jooji
account-reset = Dib u deji furaha sirta ah
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = Kood hal mar la isticmaalo oo loogu talagalay { $name } (magaca gelitaanka: { $login }):
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Koodka hal mar keliya ayaa la isticmaali karaa, ilaa { $at } (UTC). Koodka u dhiib qofka laftiisa oo keliya.
password-change = Beddel furaha sirta ah
password-current = Furaha sirta ah ee hadda
password-new = Furaha sirta ah ee cusub (ugu yaraan 12 xaraf)
password-repeat = Mar kale qor furaha sirta ah ee cusub
password-mismatch = Labada furaha sirta ah ee cusub isku mid ma aha.
password-changed = Furaha sirta ah waa la beddelay. Dhammaan gelitaannada kale ee akoonkan waa la joojiyay.
password-reset-link = Ma heshay kood hal mar la isticmaalo oo aad ku dooranayso furaha sirta ah?
password-reset-title = Dooro furaha sirta ah oo cusub
password-reset-code = Kood hal mar la isticmaalo
password-reset-done = Furaha sirta ah waa la doortay. Ku soo gal furaha sirta ah ee cusub.
session-ended = Waxaa lagaa saaray akoonkaaga, sababtoo ah bogga lama isticmaalin muddo saacad ah ama furaha sirta ah waa la beddelay. Mar kale soo gal.
coordinator-code-link = Ama dir linkiga, kaas oo app-ku aqbalo marka lagu dhejiyo:
coordinator-volunteer-hours = Saacadaha tabarucaadda
coordinator-volunteer-hours-about = Kulamada iyo saacadaha uu qof kastaa diiwaangeliyay muddadan, ama uu la qabtay qofkii diiwaangeliyay (saacadihiisa u gaarka ah); waxaa kale oo ku jira kuwa aan waxba lahayn.
coordinator-volunteer-hours-none = Qofna kuma jiro mashruuca muddadan.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Muddada kaydinta
retention-title = Muddada kaydinta
retention-about = Inta kulamada la kaydinayo, laga bilaabo maalinta ay dhaceen. Kulamada ka duugsan waxaa la tirtiraa iyaga iyo wax kasta oo laga kaydiyay. Warbixinnada la gudbiyay way sii jiraan sidii loo gudbiyay.
retention-months = Inta bilood ee la kaydinayo (madhan: weligood)
retention-save = Kaydi
retention-forever = Kulamada waxaa la kaydiyaa weligood.
retention-state = Kulamada waxaa la kaydiyaa laga bilaabo { $day }. { $older ->
    [0] Ma jiro kulan ka duugsan.
    [one] Hal kulan ayaa ka duugsan.
   *[other] { $older } kulan ayaa ka duugsan.
}
retention-thin = Hadda tirtir
retention-thin-question = { $older ->
    [one] Hal kulan ayaa si joogto ah loo tirtirayaa
   *[other] { $older } kulan ayaa si joogto ah loo tirtirayaa
}, iyo noocyadooda iyo isku-dhacyadooda. Tan dib looma celin karo. Ma la tirtiraa?
retention-thin-yes = Haa, tirtir
retention-thin-no = Jooji
retention-thinned = { $thinned ->
    [0] Ma jirin kulan u baahnaa in la tirtiro.
    [one] Hal kulan ayaa la tirtiray.
   *[other] { $thinned } kulan ayaa la tirtiray.
}
