using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Dtos;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateVoorbereidingsplan;

public sealed class UpdateVoorbereidingsplanValidator : AbstractValidator<UpdateVoorbereidingsplanCommand>
{
    public UpdateVoorbereidingsplanValidator()
    {
        RuleFor(c => c.Plan).NotNull().WithMessage("Geef het voorbereidingsplan op.").SetValidator(new PlanValidator());
    }

    private sealed class PlanValidator : AbstractValidator<VoorbereidingsplanDto>
    {
        public PlanValidator()
        {
            RuleFor(p => p.Themas).PresentList(30, "thema's");
            RuleForEach(p => p.Themas).Must(t => KorteTekst(t, 200)).WithMessage("Elk thema is een tekst van hoogstens 200 tekens, zonder stuurtekens.");
            RuleFor(p => p.Werkgroepen).PresentList(30, "werkgroepen");
            RuleForEach(p => p.Werkgroepen).ChildRules(w =>
            {
                w.RuleFor(x => x.Naam).RequiredText("de naam van de werkgroep", 200);
                w.RuleFor(x => x.Thema).SafeText("het thema van de werkgroep").MaximumLength(200).WithMessage("Het thema mag hoogstens 200 tekens lang zijn.");
                w.RuleFor(x => x.Leden).PresentList(50, "leden van de werkgroep");
                w.RuleForEach(x => x.Leden).ChildRules(l =>
                {
                    l.RuleFor(x => x.Naam).RequiredText("de naam van het lid", 200);
                    l.RuleFor(x => x.Rol).SafeText("de rol van het lid").MaximumLength(200).WithMessage("De rol mag hoogstens 200 tekens lang zijn.");
                });
            });
            RuleFor(p => p.Mijlpalen).PresentList(100, "mijlpalen");
            RuleForEach(p => p.Mijlpalen).ChildRules(m => m.RuleFor(x => x.Omschrijving).RequiredText("de omschrijving van de mijlpaal", 500));
            RuleFor(p => p.Informatiebehoeften).PresentList(50, "informatiebehoeften");
            RuleForEach(p => p.Informatiebehoeften).Must(t => KorteTekst(t, 500)).WithMessage("Elke informatiebehoefte is een tekst van hoogstens 500 tekens, zonder stuurtekens.");
            RuleFor(p => p.Begroting).PresentList(50, "begrotingsposten");
            RuleForEach(p => p.Begroting).ChildRules(b =>
            {
                b.RuleFor(x => x.Omschrijving).RequiredText("de omschrijving van de begrotingspost", 200);
                b.RuleFor(x => x.BedragEurocent).GreaterThanOrEqualTo(0).WithMessage("Een bedrag van de begroting kan niet negatief zijn.");
            });
            RuleFor(p => p.Projectleider!).ChildRules(l =>
            {
                l.RuleFor(x => x.Naam).SafeText("de naam van de projectleider").MaximumLength(200).WithMessage("De naam mag hoogstens 200 tekens lang zijn.");
                l.RuleFor(x => x.Uren).InclusiveBetween(0, 10_000).WithMessage("De uren van de projectleider liggen tussen 0 en 10.000.");
                l.RuleFor(x => x.BedragEurocent).GreaterThanOrEqualTo(0).WithMessage("Het bedrag van de projectleider kan niet negatief zijn.");
            }).When(p => p.Projectleider is not null);
        }

        private static bool KorteTekst(string? tekst, int lengte) => !Tekst.IsBlank(tekst) && Tekst.IsSafe(tekst!) && tekst!.Length <= lengte;
    }
}
