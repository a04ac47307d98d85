using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateWijkbeeld;

/// <summary>The form of the content: texts safe and bounded, lists present and bounded, numbers in range. The entity checks the rest.</summary>
public sealed class UpdateWijkbeeldValidator : AbstractValidator<UpdateWijkbeeldCommand>
{
    private const int Kort = 200;
    private const int Lang = 4000;
    private const int Lijst = 200;

    public UpdateWijkbeeldValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van het wijkbeeld", Kort);
        RuleFor(c => c.Inhoud).NotNull().WithMessage("Geef de inhoud van het wijkbeeld op.").DependentRules(() =>
        {
            RuleFor(c => c.Inhoud.Duiding).SafeText("de duiding van de cijfers", multiline: true).MaximumLength(Lang).WithMessage($"De duiding mag hoogstens {Lang} tekens lang zijn.");
            RuleFor(c => c.Inhoud.Geschiedenis).PresentList(Lijst, "onderdelen van de geschiedenis");
            RuleForEach(c => c.Inhoud.Geschiedenis).ChildRules(x =>
            {
                x.RuleFor(i => i.Periode).RequiredText("de periode", Kort);
                x.RuleFor(i => i.Gebeurtenis).RequiredText("wat er gebeurde", Lang);
                x.RuleFor(i => i.Spanningen).SafeText("de spanningen", multiline: true).MaximumLength(Lang).WithMessage($"Hoogstens {Lang} tekens.");
                x.RuleFor(i => i.Bron).SafeText("de bron").MaximumLength(Kort).WithMessage($"Hoogstens {Kort} tekens.");
            });
            RuleFor(c => c.Inhoud.InformeleStructuren).PresentList(Lijst, "informele structuren");
            RuleForEach(c => c.Inhoud.InformeleStructuren).ChildRules(x =>
            {
                x.RuleFor(i => i.Omschrijving).RequiredText("de omschrijving van de informele structuur", Lang);
                x.RuleFor(i => i.Soort).RequiredText("de soort informele structuur", Kort);
                x.RuleFor(i => i.Lokaliseerbaar).IsInEnum().WithMessage("Kies ja, deels of nee.");
            });
            RuleFor(c => c.Inhoud.Initiatieven).PresentList(Lijst, "initiatieven");
            RuleForEach(c => c.Inhoud.Initiatieven).ChildRules(x =>
            {
                x.RuleFor(i => i.Naam).RequiredText("de naam van het initiatief", Kort);
                x.RuleFor(i => i.Omschrijving).RequiredText("de omschrijving van het initiatief", Lang);
                x.RuleFor(i => i.Behoeften).SafeText("de behoeften", multiline: true).MaximumLength(Lang).WithMessage($"Hoogstens {Lang} tekens.");
            });
            RuleFor(c => c.Inhoud.Inzet).PresentList(Lijst, "regels professionele inzet");
            RuleForEach(c => c.Inhoud.Inzet).ChildRules(x =>
            {
                x.RuleFor(i => i.Organisatie).RequiredText("de organisatie", Kort);
                x.RuleFor(i => i.Functie).RequiredText("de functie", Kort);
                x.RuleFor(i => i.UrenInWijk).InclusiveBetween(0, 168).WithMessage("De uren per week in de wijk liggen tussen 0 en 168.");
                x.RuleFor(i => i.UrenElders).InclusiveBetween(0, 168).WithMessage("De uren per week elders liggen tussen 0 en 168.");
                x.RuleFor(i => i.JarenAanwezig).InclusiveBetween(0, 100).WithMessage("Het aantal jaren ligt tussen 0 en 100.");
                x.RuleFor(i => i.Financiering).IsInEnum().WithMessage("Kies aanbesteding, subsidie of inkoop.");
            });
            RuleFor(c => c.Inhoud.Samenwerkingen).PresentList(Lijst, "samenwerkingen");
            RuleForEach(c => c.Inhoud.Samenwerkingen).ChildRules(x =>
            {
                x.RuleFor(i => i.Partijen).RequiredText("de partijen", Kort);
                x.RuleFor(i => i.Wat).RequiredText("waar de samenwerking over gaat", Lang);
                x.RuleFor(i => i.WaaromHetWerkt).RequiredText("waarom het werkt", Lang);
                x.RuleFor(i => i.SindsJaar).InclusiveBetween(1900, 2100).When(i => i.SindsJaar is not null).WithMessage("Het jaar ligt tussen 1900 en 2100.");
            });
            RuleFor(c => c.Inhoud.Gespreksrondes).PresentList(Lijst, "gespreksrondes");
            RuleForEach(c => c.Inhoud.Gespreksrondes).ChildRules(x =>
            {
                x.RuleFor(i => i.Deelnemers).NotNull().WithMessage("Tel de deelnemers per groep.");
                x.RuleFor(i => i.Vragen).RequiredText("de vragen van de gespreksronde", Lang);
                x.RuleFor(i => i.Bevindingen).RequiredText("de bevindingen van de gespreksronde", Lang);
                x.RuleFor(i => i.Gespreksleider).SafeText("de gespreksleider").MaximumLength(Kort).WithMessage($"Hoogstens {Kort} tekens.");
            });
            RuleFor(c => c.Inhoud.Behoeften).PresentList(Lijst, "behoeften");
            RuleForEach(c => c.Inhoud.Behoeften).ChildRules(x =>
            {
                x.RuleFor(i => i.Soort).IsInEnum().WithMessage("Kies plekken, ondersteuning, geld of capaciteit.");
                x.RuleFor(i => i.Omschrijving).RequiredText("de omschrijving van de behoefte", Lang);
            });
            RuleFor(c => c.Inhoud.Wijkopbouwpunt!.Redenen).RequiredText("de redenen van het besluit over een wijkopbouwpunt", Lang).When(c => c.Inhoud.Wijkopbouwpunt is not null);
            RuleFor(c => c.Inhoud.Wijkopbouwpunt!.Keuze).IsInEnum().When(c => c.Inhoud.Wijkopbouwpunt is not null).WithMessage("Kies ja, later of nee.");
        });
    }
}
