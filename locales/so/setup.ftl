## First start: language, name and projects.

setup-title = Ku soo dhawoow { -brand-name }
setup-intro = Halkan waxaad ku diiwaangelisaa kulamadaada aad la yeelato dadka deegaanka: xagee, goorma, maxaa laga hadlay iyo imisa qof. Marnaba ma qortid cidda.
setup-language = Luqadda
setup-name = Magacaaga
setup-name-hint = Magacaaga waxaa arka isku-duwayaasha, dadka deegaankuna ma arkaan.
setup-projects = Mashaariicdaada
setup-start = Bilow diiwaangelinta
setup-problem-name-missing = Qor magacaaga.
setup-problem-name-too-long = Magacu aad buu u dheer yahay.
setup-problem-no-project = Dooro ugu yaraan hal mashruuc.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = Isku-duwe ayaa qalabkan ka gooyay degmada. Wax kasta oo saarnaa waxaa la tirtiray { $time }. Waad dib u bilaabi kartaa oo waxaad ku xiri kartaa kood cusub.
