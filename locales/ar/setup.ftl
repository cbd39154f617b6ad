## First start: language, name and projects.

setup-title = مرحبًا بك في { -brand-name }
setup-intro = هنا تسجّل لقاءاتك مع السكان: أين ومتى وعن ماذا وكم عددهم، دون ذكر هويتهم أبدًا.
setup-language = اللغة
setup-name = اسمك
setup-name-hint = يظهر اسمك للمنسّقين، لا للسكان.
setup-projects = مشاريعك
setup-start = ابدأ التسجيل
setup-problem-name-missing = اكتب اسمك.
setup-problem-name-too-long = الاسم طويل جدًا.
setup-problem-no-project = اختر مشروعًا واحدًا على الأقل.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = فصل أحد المنسّقين هذا الجهاز عن البلدية. حُذف كل ما كان عليه في { $time }. يمكنك البدء من جديد والاتصال برمز جديد.
