## First start: language, name and projects.

setup-title = Bi xêr hatî bo { -brand-name }
setup-intro = Li vir tu hevdîtinên xwe yên bi niştecihan re qeyd dikî: li ku, kengî, li ser çi û bi çend kesan re. Qet ne bi kê re.
setup-language = Ziman
setup-name = Navê te
setup-name-hint = Navê te ji koordînatoran re xuya dibe, ne ji niştecihan re.
setup-projects = Projeyên te
setup-start = Dest bi qeydkirinê bike
setup-problem-name-missing = Navê xwe binivîse.
setup-problem-name-too-long = Nav pir dirêj e.
setup-problem-no-project = Herî kêm projeyekê hilbijêre.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = Koordînatorekî girêdana vê cîhazê bi şaredariyê re qut kir. Her tiştê ku li ser wê hebû di { $time } de hat jêbirin. Tu dikarî ji nû ve dest pê bikî û bi kodeke nû cîhazê girê bidî.
