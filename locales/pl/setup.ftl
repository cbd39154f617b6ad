## First start: language, name and projects.

setup-title = Witamy w aplikacji { -brand-name }
setup-intro = Tutaj zapisujesz swoje spotkania z mieszkańcami: gdzie, kiedy, na jaki temat i z iloma osobami. Nigdy z kim.
setup-language = Język
setup-name = Twoje imię i nazwisko
setup-name-hint = Twoje imię i nazwisko widzą koordynatorzy, a nie mieszkańcy.
setup-projects = Twoje projekty
setup-start = Zacznij rejestrować
setup-problem-name-missing = Wpisz swoje imię i nazwisko.
setup-problem-name-too-long = Imię i nazwisko jest za długie.
setup-problem-no-project = Wybierz co najmniej jeden projekt.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = Koordynator odłączył to urządzenie od gminy. Wszystko, co na nim było, zostało usunięte { $time }. Możesz zacząć od nowa i połączyć się, używając nowego kodu.
