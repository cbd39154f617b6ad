## First start: language, name and projects.

setup-title = እንቋዕ ናብ { -brand-name } ብደሓን መጻእኩም
setup-intro = ኣብዚ ምስ ነበርቲ ዝገበርኩምዎ ርክባት ትምዝግቡ፦ ኣበይ፣ መዓስ፣ ብዛዕባ እንታይን ክንደይ ሰባትን። መን ምዃኖም ግን ፈጺምኩም ኣይትመዝግቡ።
setup-language = ቋንቋ
setup-name = ስምኩም
setup-name-hint = ስምኩም ንኣወሃሃድቲ እዩ ዝርአ፣ ንነበርቲ ኣይኮነን።
setup-projects = ፕሮጀክትታትኩም
setup-start = ምምዝጋብ ጀምሩ
setup-problem-name-missing = ስምኩም ጽሓፉ።
setup-problem-name-too-long = እቲ ስም ኣዝዩ ነዊሕ እዩ።
setup-problem-no-project = እንተወሓደ ሓደ ፕሮጀክት ምረጹ።
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = ሓደ ኣወሃሃዲ ምትእስሳር ናይዚ መሳርሒ ምስ ኮሙን ኣቋሪጹ። ኣብኡ ዝነበረ ኩሉ ኣብ { $time } ተደምሲሱ። ካብ መጀመርታ ክትጅምሩን ብሓድሽ ኮድ ክተኣሳስሩን ትኽእሉ ኢኹም።
