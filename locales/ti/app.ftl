## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = ቀንዲ ዝርዝር
nav-log = ምምዝጋብ
nav-my-log = መዝገበይ
nav-coordinator = ኣወሃሃድቲ
nav-language = ቋንቋ
action-dismiss = ዕጸዉ
action-undo = ንድሕሪት መልሱ

error-invalid = ቅድሚ ምዕቃቡ ኣብቲ ቅጥዒ ክእረም ዘለዎ ነገር ኣሎ።
error-invalid-profile = እቲ ፕሮፋይል ምሉእ ኣይኮነን።
error-not-found = እዚ መዝገብ ደጊም የለን።
error-not-a-draft = ዝተዓቀበ መዝገብ ተመሊሱ ንድፊ ክኸውን ኣይክእልን።
error-newer-schema = ኣብዚ መሳርሒ ዘሎ ዳታቤዝ ካብ ሓድሽ ስሪት ናይቲ ኣፕ እዩ። በጃኹም ነቲ ኣፕ ኣሐድስዎ።
error-storage = መኽዘን ናይዚ መሳርሒ ሕጂ ኣይሰርሕን ኣሎ። ሓድሽ ዝተዓቀበ ነገር የለን፤ ደጊምኩም ፈትኑ።
error-locked = ኣብዚ መሳርሒ ዘሎ ሓበሬታ ክኽፈት ኣይከኣለን፤ መፍትሕ ናይቲ ሓበሬታ ጠፊኡ ወይ ኣይሰማማዕን። ዝተደምሰሰ ነገር የለን። ንኣወሃሃዲኹም ተወከሱ።
error-internal = ኣብቲ ኣፕ ጌጋ ኣጋጢሙ። ደጊምኩም ፈትኑ።
error-unauthorized = እዚ መሳርሒ ምስ ኮሙን ኣይተኣሳሰረን፣ ወይ እቲ ምትእስሳር ደጊም ኣይሰርሕን።
error-revoked = ሓደ ኣወሃሃዲ ምትእስሳር ናይዚ መሳርሒ ኣቋሪጹ። ኣብዚ መሳርሒ ዘሎ ሓበሬታ ይድምሰስ ኣሎ።
error-update-required = እቲ ኣፕ ንሰርቨር ኮሙን ኣዝዩ ኣረጊቱ እዩ። በጃኹም ነቲ ኣፕ ኣሐድስዎ።
error-bad-request = እቲ ሰርቨር ነቲ ሕቶ ከንብቦ ኣይከኣለን።
error-too-large = እቲ ዝተላእከ ንሰርቨር ኣዝዩ ዓቢ እዩ።
error-sequence-gap = ገለ ለውጥታት ካብቲ ዝተላእከ ጎዲሎም ነይሮም፤ ደጊሞም ክለኣኹ እዮም።
error-invalid-code = እቲ ኮድ ዘይፍለጥ፣ ዝተጠቕመሉ ወይ ዝኣረገ እዩ። ካብ ኣወሃሃዲኹም ሓድሽ ሕተቱ።
error-code-used-elsewhere = እዚ ኮድ ድሮ ካልእ መሳርሒ ንምትእስሳር ኣብ ጥቕሚ ውዒሉ እዩ። ካብ ኣወሃሃዲኹም ሓድሽ ኮድ ሕተቱ።
error-invalid-server = ኣድራሻ ሰርቨር ብ https:// ክጅምር ኣለዎ። ቅኑዕ ኣድራሻ ካብ ኣወሃሃዲኹም ሕተቱ።
error-unsent-entries = ቅድሚኹም ዝነበረ ተጠቃሚ ዝመዝገቦም ንጥፈታት ገና ናብ ሰርቨር ኣይበጽሑን።
error-unavailable = እቲ ሰርቨር ሕጂ ክውድኦ ኣይከኣለን። ዝተቐየረ ነገር የለን፤ ደጊምኩም ፈትኑ።
error-offline = እቲ ሰርቨር ክብጻሕ ኣይከኣለን። ዝጽበ ዘሎ ነገር ኢንተርነት ምስ ተረኽበ ክለኣኽ እዩ።
error-wrong-login = ናይ ምእታው ስም ወይ መሕለፊ ቃል ጌጋ እዩ።
error-too-many-attempts = ብዙሕ ዘይተዓወተ ፈተነ ምእታው። ርብዒ ሰዓት ተጸበዩ እሞ ደጊምኩም ፈትኑ።
error-forbidden = ግደኹም ወይ ፕሮጀክትታትኩም ናብዚ ክትኣትዉ ኣየፍቅደልኩምን።
error-account-disabled = እቲ ኣካውንት ዘይንጡፍ ተገይሩ ኣሎ። ንኣመሓዳሪ ተወከሱ።
error-weak-password = መሕለፊ ቃል እንተወሓደ 12 ፊደላት ክህልዎ ኣለዎ።
error-handed-in = እቲ ጸብጻብ ቀሪቡ እዩ፣ ደጊም ኣይቕየርን።

stepper-decrease = ኣጉድሉ
stepper-increase = ወስኹ
count-not-a-number = ምሉእ ቁጽሪ ጽሓፉ፣ ንኣብነት 3።
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = ንሓደ ንጥፈት ካብ { $max } ንላዕሊ ዝከኣል ኣይመስልን።
