## First start: language, name and projects.

setup-title = Ласкаво просимо до { -brand-name }
setup-intro = Тут ви записуєте свої зустрічі з жителями: де, коли, про що і скільки людей. Ніколи — хто.
setup-language = Мова
setup-name = Ваше ім'я
setup-name-hint = Ваше ім'я бачать координатори, а не жителі.
setup-projects = Ваші проєкти
setup-start = Почати записувати
setup-problem-name-missing = Введіть своє ім'я.
setup-problem-name-too-long = Ім'я задовге.
setup-problem-no-project = Виберіть хоча б один проєкт.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = Координатор від'єднав цей пристрій від комуни. Усе, що було на ньому, видалено { $time }. Ви можете почати заново й під'єднатися з новим кодом.
