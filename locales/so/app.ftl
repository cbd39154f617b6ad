## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Liiska ugu weyn
nav-log = Diiwaangeli
nav-my-log = Diiwaankayga
nav-coordinator = Isku-duwid
nav-language = Luqadda
action-dismiss = Xir
action-undo = Ka noqo

error-invalid = Wax foomka ku jira ayaa u baahan in la saxo ka hor inta aan la kaydin.
error-invalid-profile = Profile-ku ma dhammaystirna.
error-not-found = Xogtan mar dambe ma jirto.
error-not-a-draft = Xog la kaydiyay dib uma noqon karto qabyo.
error-newer-schema = Kaydka xogta ee qalabka wuxuu ka yimid nooc ka cusub oo app-ka ah. Cusboonaysii app-ka.
error-storage = Kaydka qalabku hadda ma shaqaynayo. Wax cusub lama kaydin; isku day mar kale.
error-locked = Xogta qalabkan lama furi karo: furahedeedu wuu maqan yahay ama ma habboona. Waxba lama tirtirin. La xiriir isku-duwahaaga.
error-internal = Wax baa ka khaldamay app-ka. Isku day mar kale.
error-unauthorized = Qalabku kuma xirna degmada, ama xiriirku mar dambe ansax ma aha.
error-revoked = Isku-duwe ayaa qalabka ka gooyay. Xogta qalabka waa la tirtirayaa.
error-update-required = App-ku aad buu ugu duugoobay server-ka degmada. Cusboonaysii app-ka.
error-bad-request = Server-ku ma akhrin karin codsiga.
error-too-large = Wixii la diray aad ayay ugu weynaayeen server-ka.
error-sequence-gap = Isbeddello qaar ayaa ka maqnaa wixii la diray; mar kale ayaa la diri doonaa.
error-invalid-code = Koodka lama yaqaan, hore ayaa loo isticmaalay ama waa duugoobay. Isku-duwahaaga ka codso kood cusub.
error-code-used-elsewhere = Koodkan hore ayaa loo isticmaalay in lagu xiro qalab kale. Isku-duwahaaga ka codso kood cusub.
error-invalid-server = Ciwaanka server-ka waa inuu ku bilaabmaa https://. Isku-duwahaaga weydii ciwaanka saxda ah.
error-unsent-entries = Kulamada isticmaalihii hore weli ma gaarin server-ka.
error-unavailable = Server-ku hadda ma dhammaystiri karin. Waxba isma beddelin; isku day mar kale.
error-offline = Server-ka lama gaari karo. Waxa sugaya waa la diri doonaa marka internet-ku jiro.
error-wrong-login = Magaca gelitaanka ama furaha sirta ah waa khalad.
error-too-many-attempts = Isku dayo badan oo gelitaan ah ayaa fashilmay. Sug rubuc saac, kadibna isku day mar kale.
error-forbidden = Doorkaaga ama mashaariicdaadu kuuma oggola inaad tan gasho.
error-account-disabled = Akoonka waa la xannibay. La xiriir maamulaha.
error-weak-password = Furaha sirta ahi waa inuu ka koobnaadaa ugu yaraan 12 xaraf.
error-handed-in = Warbixinta waa la gudbiyay, mar dambena wax lagama beddelayo.

stepper-decrease = Yaree
stepper-increase = Kordhi
count-not-a-number = Qor tiro dhan, tusaale ahaan 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = In ka badan { $max } macquul uma aha hal kulan.
