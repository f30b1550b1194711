# DACUM lenta, pastabų sąrašas ir sąrašų eilučių mygtukai.

## Lenta.
board-empty-hint = Sričių dar nėra. Spauskite „Pridėti sritį“ (arba Ctrl+D), įrašykite sritį, tada Enter ir jos užduotis, po kiekvienos Enter.
board-add-duty = Pridėti sritį
board-add-duty-tip = Pridėti sritį žemėlapio pabaigoje (Ctrl+D prideda po pasirinktos srities)
board-add-task = + Pridėti užduotį
board-add-task-tip = Pridėti užduotį srities { $code } pabaigoje (Enter po užduoties prideda kitą)
board-add-task-to = Pridėti užduotį į { $code }
board-conflict = Partneriai nesutaria dėl lauko { $fields }: vertę pasirinkite skirtuke „Sujungimas“.
board-conflict-and = {" "}ir{" "}
board-conflict-mark = konfliktas
board-duty-label = Sritis { $code }: { $text }
board-task-label = Užduotis { $code }: { $text }
board-empty-card = (tuščia)
board-warnings = { PLURAL_LT($count) ->
    [one] { $count } įspėjimas
    [few] { $count } įspėjimai
   *[other] { $count } įspėjimų
}: { $messages }
board-edit = Taisyti
board-move-earlier = Perkelti anksčiau (Alt+←)
board-move-later = Perkelti vėliau (Alt+→)
board-move-previous-duty = Į ankstesnę sritį (Alt+↑)
board-move-next-duty = Į kitą sritį (Alt+↓)
board-move-duty-up = Sritį aukštyn (Alt+↑)
board-move-duty-down = Sritį žemyn (Alt+↓)
board-delete-duty = Ištrinti sritį
board-delete-task = Ištrinti užduotį
board-delete-tip = Pašalinti (klavišas Delete); „Atšaukti“ grąžina
board-type-duty = Įrašykite sritį
board-type-task = Įrašykite užduotį
board-duty-field = Srities { $code } pavadinimas
board-task-field = Užduoties { $code } formuluotė

## Pastabų sąrašas. Pačios pastabos ateina iš taisyklių angliškai.
findings-none = Pastabų nėra: visos formuluotės atitinka DACUM taisykles.
findings-error = Klaida
findings-warning = Įspėjimas
findings-go-to = Eiti į ją
row-up = Aukštyn
row-up-tip = Perkelti aukštyn (Alt+↑)
row-move-up = Perkelti aukštyn
row-down = Žemyn
row-down-tip = Perkelti žemyn (Alt+↓)
row-move-down = Perkelti žemyn
row-delete = Ištrinti
row-delete-tip = Ištrinti: { $what } („Atšaukti“ grąžina)

## Iš kur kilusi sujungtos sesijos kortelė.
shared-added = pridėta po sujungimo
shared-added-full = { PLURAL_LT($count) ->
    [one] Pridėta po sujungimo: nėra nė vienoje iš { $count } partnerių sesijos.
    [few] Pridėta po sujungimo: nėra nė vienoje iš { $count } partnerių sesijų.
   *[other] Pridėta po sujungimo: nėra nė vienoje iš { $count } partnerių sesijų.
}
shared-short = { $shared } iš { $count }
shared-full = Bendra { $shared } iš { $count } partnerių sesijų: { $sources }.
shared-not-in = Nėra: { $sources }.
