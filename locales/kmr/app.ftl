## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Menûya sereke
nav-log = Qeyd bike
nav-my-log = Qeydên min
nav-coordinator = Koordînasyon
nav-language = Ziman
action-dismiss = Bigire
action-undo = Vegerîne

error-invalid = Berî ku were tomarkirin, divê tiştek di formê de were rastkirin.
error-invalid-profile = Profîl ne temam e.
error-not-found = Ev qeyd êdî tune ye.
error-not-a-draft = Qeydeke tomarkirî nikare dîsa bibe reşnivîs.
error-newer-schema = Danegeha li ser cîhazê ji guhertoyeke nûtir a sepanê ye. Sepanê nû bike.
error-storage = Bîrgeha cîhazê niha naxebite. Tiştekî nû nehat tomarkirin; dîsa biceribîne.
error-locked = Agahiyên li ser cîhazê nayên vekirin: mifteya wan winda ye an li hev nayê. Tiştek nehatiye jêbirin. Bi koordînatorê xwe re têkilî dayne.
error-internal = Di sepanê de tiştek xelet çû. Dîsa biceribîne.
error-unauthorized = Cîhaz bi şaredariyê ve ne girêdayî ye, an jî girêdan êdî ne derbasdar e.
error-revoked = Koordînatorekî girêdana cîhazê qut kir. Agahiyên li ser cîhazê têne jêbirin.
error-update-required = Sepan ji bo servera şaredariyê pir kevn e. Sepanê nû bike.
error-bad-request = Server nekarî daxwazê bixwîne.
error-too-large = Tiştê hatî şandin ji bo serverê pir mezin e.
error-sequence-gap = Hin guhertin di şandinê de kêm bûn; ew ê dîsa werin şandin.
error-invalid-code = Kod nenas e, berê hatiye bikaranîn an jî pir kevn e. Ji koordînatorê xwe kodeke nû bixwaze.
error-code-used-elsewhere = Ev kod berê ji bo girêdana cîhazeke din hatiye bikaranîn. Ji koordînatorê xwe kodeke nû bixwaze.
error-invalid-server = Navnîşana serverê divê bi https:// dest pê bike. Navnîşana rast ji koordînatorê xwe bipirse.
error-unsent-entries = Çalakiyên bikarhênerê berê hîn negihîştine serverê.
error-unavailable = Server niha nekarî vê yekê biqedîne. Tiştek nehat guhertin; dîsa biceribîne.
error-offline = Negihîşt serverê. Tiştên li bendê dê werin şandin dema ku tor hebe.
error-wrong-login = Navê têketinê an şîfre şaş e.
error-too-many-attempts = Gelek têketinên bêserketî. Çaryek saetê bisekine û dîsa biceribîne.
error-forbidden = Rola te an projeyên te destûra vê yekê nadin.
error-account-disabled = Hesab hatiye neçalakkirin. Bi rêveber re têkilî dayne.
error-weak-password = Divê şîfre herî kêm 12 tîp be.
error-handed-in = Rapor hatiye radestkirin û êdî nayê guhertin.

stepper-decrease = Kêm bike
stepper-increase = Zêde bike
count-not-a-number = Hejmareke tam binivîse, wek mînak 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Ji bo çalakiyekê, ji { $max } zêdetir ne maqûl e.
