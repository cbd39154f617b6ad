## The log form: one outreach occasion.

log-title-new = Nowe spotkanie
log-title-edit = Edytuj spotkanie
log-title-draft = Wersja robocza
log-project = Projekt
log-choose = Wybierz…
log-date = Data
log-start-time = Godzina rozpoczęcia
log-duration = Czas trwania
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } min
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } godz.
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } godz. { $minutes } min
log-area = Obszar
log-venue = Miejsce
log-venue-type = Rodzaj miejsca
log-format = Forma
log-languages = Używane języki
log-topics = Tematy
log-people = Do ilu osób dotarto
log-people-women = Kobiety
log-people-men = Mężczyźni
log-people-girls = Dziewczęta
log-people-boys = Chłopcy
log-people-other = Inne / nie podano
# Variables:
#   $total (Number) - everyone reached
log-people-total = Razem { $total } { $total ->
    [one] osoba
    [few] osoby
    [many] osób
   *[other] osoby
}
log-new-people = W tym nowi w projekcie
log-new-people-hint = Osoby, które przyszły do tego projektu po raz pierwszy. Tylko policz, nie wpisuj imion.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Skierowania ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Pytania według kategorii ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Rezultaty ({ $total })
log-partners = Partnerzy
log-co-hosts = Współprowadzący
log-note = Notatka
log-note-hint = Napisz, co zostało zrobione, nigdy kto był obecny: bez imion i nazwisk, numerów personnummer, numerów telefonu ani adresów e-mail.
log-problems-title = Zanim spotkanie będzie można zapisać:
log-problem-missing-project = Wybierz projekt.
log-problem-missing-date = Podaj datę.
log-problem-missing-start-time = Podaj godzinę rozpoczęcia.
log-problem-missing-duration = Wybierz czas trwania.
log-problem-missing-area = Wybierz obszar.
log-problem-missing-venue = Wybierz miejsce.
log-problem-missing-venue-type = Wybierz rodzaj miejsca.
log-problem-missing-format = Wybierz formę.
log-problem-missing-languages = Wybierz co najmniej jeden używany język.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Jedna z liczb nie jest liczbą całkowitą od 0 do { $max }. Popraw zaznaczone pole.
log-problem-missing-other = Jedno pole nie jest wypełnione.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = Pozycji „{ $item }” nie ma już na liście. Wybierz ponownie.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = Temat „{ $item }” nie należy do tego projektu.
log-problem-section-not-used = Projekt nie korzysta z tej części formularza.
log-problem-bad-co-host = Jedna z osób współprowadzących spotkanie nie należy już do projektu. Usuń ją i zapisz ponownie.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = Pozycja „{ $item }” została podana dwa razy albo z liczbą zero.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Czas trwania musi wynosić od { $min } do { $max } min.
log-problem-new-people = Jako nowe oznaczono więcej osób, niż do ilu dotarto. Nowe osoby wlicza się do tych, do których dotarto.
log-problem-date-future = Ta data jeszcze nie nadeszła. Wybierz dzisiejszą datę lub wcześniejszą.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Projekt rozpoczął się { $start }. Wybierz ten dzień lub późniejszą datę.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Projekt zakończył się { $end }. Wybierz ten dzień lub wcześniejszą datę.
log-problem-date-not-kept = Gmina przechowuje spotkania tylko od { $start } (okres przechowywania). Starsze spotkanie nie zostanie przyjęte.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Notatka jest za długa (limit znaków: { $max }).
log-nobody-question = Na tym spotkaniu nie dotarto do nikogo. Czy mimo to chcesz je zapisać?
log-nobody-save = Tak, zapisz
log-nobody-back = Nie, wróć
log-unsaved-changes = Zmiany w tym spotkaniu nie są skończone. Dokończ je i zapisz albo je cofnij.
log-discard = Cofnij zmiany
log-save = Zapisz
log-saved = Zapisano. Wpis zostanie wysłany, gdy urządzenie połączy się z siecią.
log-again-title = Zarejestruj tak samo jak wcześniej
