## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Wek koordînator têkeve
coordinator-login-name = Navê têketinê
coordinator-password = Şîfre
coordinator-login-button = Têkeve
coordinator-logout = Derkeve
coordinator-activities-title = Çalakiyên qeydkirî
coordinator-from = Ji
coordinator-to = Heta
coordinator-project = Proje
coordinator-all-projects = Hemû projeyên min
coordinator-column-date = Dîrok
coordinator-column-project = Proje
coordinator-column-area = Herêm
coordinator-column-venue = Cih
coordinator-column-people = Kes
coordinator-column-author = Kê qeyd kir
coordinator-previous = Berê
coordinator-next = Piştre
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Têketî wek { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Tu çalakî tune ne.
    [one] { $count } çalakî.
   *[other] { $count } çalakî.
}
coordinator-nav-activities = Çalakî
coordinator-nav-overview = Nêrîna giştî
coordinator-overview-title = Nêrîna giştî
coordinator-occasions = çalakî
coordinator-hours = saet
coordinator-people-total = kesên ku em gihîştinê
coordinator-active-guides = rêberên tenduristiyê û karmendên çalak
coordinator-by-month = Kes li gorî mehan
coordinator-by-area = Li gorî herêmê
coordinator-topics = Mijar
coordinator-languages = Ziman
coordinator-column-occasions = Çalakî
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Jin { $women }, mêr { $men }, keç { $girls }, kur { $boys }, yên din an nediyar { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Nîşan bide
coordinator-field-format = Şêwe
coordinator-field-minutes = Deqe
coordinator-field-note = Têbînî
coordinator-reviewed = Kontrolkirî
coordinator-reviewed-any = Hemû
coordinator-filter-any = Hemû
coordinator-reviewed-waiting = Li benda kontrolê
coordinator-reviewed-done = Yên kontrolkirî
coordinator-yes = Erê
coordinator-no = Na
coordinator-mark-reviewed = Wek kontrolkirî nîşan bike
coordinator-mark-unreviewed = Nîşana kontrolkirinê rake
coordinator-correct-title = Qadekê rast bike
coordinator-correct-field = Qad
coordinator-correct-value = Nirxa nû
coordinator-correct-button = Rast bike
coordinator-corrected = Rastkirin hat tomarkirin û di hevdemkirina bê de digihîje cîhazên rêber.
coordinator-bad-value = Nirx li qadê nayê: hejmar divê hejmareke tam be, dîrok wek YYYY-MM-DD tê nivîsîn.
coordinator-by-gender-title = Kes li gorî zayend û koma temenî
coordinator-venues = Cih

## Kept conflicts.

coordinator-nav-conflicts = Nakokî
coordinator-conflicts-title = Nakokiyên ku biryar li benda wan e
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Tu nakokî li bendê nîne.
    [one] { $count } nakokî li bendê ye.
   *[other] { $count } nakokî li bendê ne.
}
coordinator-conflict-field = Qad
coordinator-conflict-kept = Nirxa tomarkirî
coordinator-conflict-lost = Nirxa ku nehat hilbijartin
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = ji { $name }
coordinator-conflict-keep = Nirxa tomarkirî bihêle
coordinator-conflict-take = Nirxa din bigire

## People and devices.

coordinator-nav-people = Kes û cîhaz
coordinator-people-title = Kes û cîhaz
coordinator-person-name = Nav
coordinator-person-role = Rol
coordinator-role-guide = Rêberê tenduristiyê
coordinator-role-staff = Karmend
coordinator-role-coordinator = Koordînator
coordinator-role-admin = Rêveber
coordinator-role-viewer = Xwîner (koma rêveberiyê, hevfînansker)
coordinator-devices = Cîhaz
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Guherto { $version }, hevdemkirina dawî { $seen }
coordinator-never = qet
coordinator-revoked = Girêdan qut bû
coordinator-revoke = Girêdanê qut bike
coordinator-issue-code = Koda nû ji bo girêdana cîhazekê
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = Koda yekcarî ji bo { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Heta { $at } (UTC) derbasdar e.
coordinator-code-qr = Koda QR bi navnîşana serverê û koda yekcarî
coordinator-new-person = Kesekî zêde bike
coordinator-create-person = Zêde bike

## Reference lists.

coordinator-nav-reference = Lîste
coordinator-reference-title = Lîste û proje
coordinator-list = Lîste
coordinator-list-projects = Proje
coordinator-list-questions = Kategoriyên pirsan
coordinator-list-referrals = Rêkirin
coordinator-list-outcomes = Encam
coordinator-list-development-areas = Qadên pêşveçûnê
coordinator-list-partners = Hevkar
coordinator-code = Kod
coordinator-retired = Êdî nayê bikaranîn
coordinator-add-item = Li lîsteyê zêde bike
coordinator-add-target = Heyamekê zêde bike
coordinator-project-start = Proje dest pê dike
coordinator-project-end = Proje diqede (rapora dawî mehek paşê tê radestkirin)
coordinator-save-reference = Lîsteyan tomar bike
coordinator-reference-saved = Lîste hatin tomarkirin û di hevdemkirina bê de digihîjin cîhazan.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Hesab
account-disabled = Neçalak
account-disable = Hesabê neçalak bike
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Tu dixwazî hesabê { $name } neçalak bikî? Hemû têketinên bi vî hesabî yekser diqedin û girêdana cîhazên vî kesî yekser tê qutkirin; tiştên li ser cîhazan dê di hevdemkirina wan a bê de werin jêbirin.
account-disable-yes = Erê, neçalak bike
account-enable = Hesabê çalak bike
account-cancel = Betal bike
account-reset = Şîfreyê ji nû ve saz bike
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = Koda yekcarî ji bo { $name } (navê têketinê: { $login }):
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Kod tenê carekê dikare were bikaranîn, heta { $at } (UTC). Kodê tenê bide xwediyê hesabê bi xwe.
password-change = Şîfreyê biguherîne
password-current = Şîfreya niha
password-new = Şîfreya nû (herî kêm 12 tîp)
password-repeat = Şîfreya nû dîsa binivîse
password-mismatch = Her du şîfreyên nû ne wek hev in.
password-changed = Şîfre hat guhertin. Hemû têketinên din ên bi vî hesabî qediyan.
password-reset-link = Te koda yekcarî ji bo hilbijartina şîfreyê wergirtiye?
password-reset-title = Şîfreyeke nû hilbijêre
password-reset-code = Koda yekcarî
password-reset-done = Şîfre hat hilbijartin. Bi şîfreya nû têkeve.
session-ended = Tu ji hesabê xwe hatî derxistin, ji ber ku rûpel saetekê nehat bikaranîn an şîfre hat guhertin. Dîsa têkeve.
coordinator-code-link = An jî lînkê bişîne; sepan wê qebûl dike dema ku were zeliqandin:
coordinator-volunteer-hours = Saetên dilxwazî
coordinator-volunteer-hours-about = Çalakî û saetên ku her kes di vê heyamê de tomar kirine, an bi kesê ku ew tomar kiriye re bi rê ve birine (bi saetên xwe); yên ku tiştek wan tune jî tê de.
coordinator-volunteer-hours-none = Di vê heyamê de kes di projeyê de nîne.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Dema hilanînê
retention-title = Dema hilanînê
retention-about = Çalakî çiqas dem têne hilanîn, ji roja ku pêk hatine ve tê hesibandin. Çalakiyên kevintir bi hemû tiştên ku li ser wan hatine tomarkirin re têne jêbirin. Raporên radestkirî wek ku hatine radestkirin dimînin.
retention-months = Çend mehan bên hilanîn (vala: her û her)
retention-save = Tomar bike
retention-forever = Çalakî her û her têne hilanîn.
retention-state = Çalakî ji { $day } û pê ve têne hilanîn. { $older ->
    [0] Tu çalakî ji vê kevintir nîne.
    [one] Çalakiyek kevintir e.
   *[other] { $older } çalakî kevintir in.
}
retention-thin = Niha jê bibe
retention-thin-question = { $older ->
    [one] Çalakiyek bi yekcarî tê jêbirin
   *[other] { $older } çalakî bi yekcarî tên jêbirin
}, bi guherto û nakokiyên xwe re. Ev nayê vegerandin. Jê bibe?
retention-thin-yes = Erê, jê bibe
retention-thin-no = Betal bike
retention-thinned = { $thinned ->
    [0] Ne hewce bû ku tu çalakî were jêbirin.
    [one] Çalakiyek hat jêbirin.
   *[other] { $thinned } çalakî hatin jêbirin.
}
