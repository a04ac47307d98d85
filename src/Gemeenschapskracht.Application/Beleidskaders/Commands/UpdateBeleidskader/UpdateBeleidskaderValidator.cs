using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.UpdateBeleidskader;

/// <summary>The form of each part: texts safe and bounded, lists bounded, enums named. The entity checks what the parts say together.</summary>
public sealed class UpdateBeleidskaderValidator : AbstractValidator<UpdateBeleidskaderCommand>
{
    private const int Naam = 200;
    private const int Toelichting = 2000;
    private const int Lijst = 100;

    public UpdateBeleidskaderValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van het beleidskader", Naam);
        RuleFor(c => c.Inhoud).NotNull().WithMessage("Geef de inhoud van het beleidskader op.").DependentRules(() =>
        {
            RuleFor(c => c.Inhoud.Aanbestedingsbesluit).NotNull().WithMessage("Geef het besluit over aanbesteden op.").DependentRules(() =>
            {
                RuleFor(c => c.Inhoud.Aanbestedingsbesluit.Besluit).Lang("het besluit");
                RuleFor(c => c.Inhoud.Aanbestedingsbesluit.Reikwijdte).Lang("de reikwijdte van het besluit");
                RuleFor(c => c.Inhoud.Aanbestedingsbesluit.EvaluatieVerleden).Lang("de evaluatie van het aanbesteden");
                RuleFor(c => c.Inhoud.Aanbestedingsbesluit.GeenMarktMotivering).Lang("de motivering waarom de sociale basis geen markt is");
            });
            RuleFor(c => c.Inhoud.PubliekeWaarden).PresentList(20, "publieke waarden").Must(l => l.Count > 0).WithMessage("Noem ten minste één publieke waarde.");
            RuleForEach(c => c.Inhoud.PubliekeWaarden).ChildRules(w =>
            {
                w.RuleFor(x => x.Naam).RequiredText("de naam van de publieke waarde", Naam);
                w.RuleFor(x => x.Omschrijving).SafeText("de omschrijving van de publieke waarde", multiline: true).Kort();
                w.RuleFor(x => x.Subthemas).PresentList(20, "subthema's");
                w.RuleForEach(x => x.Subthemas).Element("een subthema", Naam);
                w.RuleFor(x => x.Prioriteit).InclusiveBetween(1, 5).WithMessage("De prioriteit is een getal van 1 (hoogst) tot en met 5.");
                w.RuleFor(x => x.VerordeningArtikel).SafeText("het artikel van de subsidieverordening").MaximumLength(100).WithMessage("Het artikel mag hoogstens 100 tekens lang zijn.");
            });
            RuleFor(c => c.Inhoud.Financieringsbronnen).PresentList(Lijst, "financieringsbronnen");
            RuleForEach(c => c.Inhoud.Financieringsbronnen).ChildRules(b =>
            {
                b.RuleFor(x => x.Naam).RequiredText("de naam van de financieringsbron", Naam);
                b.RuleFor(x => x.Regime).SafeText("het regime").MaximumLength(Naam).WithMessage($"Het regime mag hoogstens {Naam} tekens lang zijn.");
                b.RuleFor(x => x.BedragPerJaarEurocent).Eurocent("het bedrag per jaar");
                b.RuleFor(x => x.Instrument).IsInEnum().WithMessage("Kies aanbesteding, subsidie of inkoop.");
            });
            RuleFor(c => c.Inhoud.Delegaties).PresentList(Lijst, "regels in de delegatiematrix");
            RuleForEach(c => c.Inhoud.Delegaties).ChildRules(d =>
            {
                d.RuleFor(x => x.Besluittype).RequiredText("het soort besluit", Naam);
                d.RuleFor(x => x.Niveau).IsInEnum().WithMessage("Kies gemeente, wijk of buurt.");
                d.RuleFor(x => x.Zeggenschap).IsInEnum().WithMessage("Kies beslist, beslist mee of adviseert.");
            });
            RuleFor(c => c.Inhoud.Buurtrechten).PresentList(6, "buurtrechten");
            RuleForEach(c => c.Inhoud.Buurtrechten).ChildRules(r =>
                r.RuleFor(x => x.Artikel).SafeText("het artikel van het buurtrecht").MaximumLength(100).WithMessage("Het artikel mag hoogstens 100 tekens lang zijn."));
            RuleFor(c => c.Inhoud.Fasen).PresentList(Lijst, "fasen");
            RuleForEach(c => c.Inhoud.Fasen).ChildRules(f =>
            {
                f.RuleFor(x => x.Naam).RequiredText("de naam van de fase", Naam);
                f.RuleFor(x => x.Instrumenten).PresentList(20, "instrumenten");
                f.RuleForEach(x => x.Instrumenten).Element("een instrument", Naam);
                f.RuleFor(x => x.Verantwoordelijke).SafeText("de verantwoordelijke").MaximumLength(Naam).WithMessage($"De verantwoordelijke mag hoogstens {Naam} tekens lang zijn.");
            });
            RuleFor(c => c.Inhoud.Tijdspanne!.Verkiezingsdata).PresentList(10, "verkiezingsdata").When(c => c.Inhoud.Tijdspanne is not null);
            RuleFor(c => c.Inhoud.Pilots).PresentList(Lijst, "pilots");
            RuleForEach(c => c.Inhoud.Pilots).ChildRules(p =>
            {
                p.RuleFor(x => x.Instrument).RequiredText("het instrument van de pilot", Naam);
                p.RuleFor(x => x.Evaluatiecriteria).RequiredText("de evaluatiecriteria van de pilot", Toelichting);
                p.RuleFor(x => x.Status).IsInEnum().WithMessage("Kies een bestaande status van de pilot.");
            });
            RuleFor(c => c.Inhoud.Overgangsperiodes).PresentList(Lijst, "overgangsperiodes");
            RuleForEach(c => c.Inhoud.Overgangsperiodes).ChildRules(o =>
            {
                o.RuleFor(x => x.Contract).RequiredText("het contract van de overgangsperiode", Naam);
                o.RuleFor(x => x.Aanbieder).SafeText("de aanbieder").MaximumLength(Naam).WithMessage($"De aanbieder mag hoogstens {Naam} tekens lang zijn.");
                o.RuleFor(x => x.Opvolging).RequiredText("wat het contract opvolgt", Toelichting);
            });
            RuleFor(c => c.Inhoud.Partijen).PresentList(Lijst, "partijen");
            RuleForEach(c => c.Inhoud.Partijen).ChildRules(p =>
            {
                p.RuleFor(x => x.Naam).RequiredText("de naam van de partij", Naam);
                p.RuleFor(x => x.Verwachting).RequiredText("wat van de partij wordt verwacht", Toelichting);
                p.RuleFor(x => x.Vorm).SafeText("de vorm van de bijdrage").MaximumLength(Naam).WithMessage($"De vorm mag hoogstens {Naam} tekens lang zijn.");
                p.RuleFor(x => x.Soort).IsInEnum().WithMessage("Kies een bestaande soort partij.");
                p.RuleFor(x => x.Status).IsInEnum().WithMessage("Kies een bestaande status van de partij.");
            });
            RuleFor(c => c.Inhoud.RolVanDePolitiek).NotNull().WithMessage("Geef de rol van de politiek op.").DependentRules(() =>
            {
                RuleFor(c => c.Inhoud.RolVanDePolitiek.Raad).Lang("de rol van de raad");
                RuleFor(c => c.Inhoud.RolVanDePolitiek.College).Lang("de rol van het college");
            });
            RuleFor(c => c.Inhoud.Toezeggingen).PresentList(Lijst, "toezeggingen");
            RuleForEach(c => c.Inhoud.Toezeggingen).ChildRules(t =>
            {
                t.RuleFor(x => x.Omschrijving).RequiredText("de toezegging", Toelichting);
                t.RuleFor(x => x.Door).RequiredText("wie de toezegging deed", Naam);
                t.RuleFor(x => x.Status).IsInEnum().WithMessage("Kies een bestaande status van de toezegging.");
            });
            RuleFor(c => c.Inhoud.WijkindelingToelichting).SafeText("de toelichting op de wijkindeling", multiline: true)
                .MaximumLength(Toelichting).WithMessage($"De toelichting op de wijkindeling mag hoogstens {Toelichting} tekens lang zijn.");
        });
    }
}

internal static class BeleidskaderRegels
{
    /// <summary>A longer text with line breaks, which may still be empty in a concept.</summary>
    public static IRuleBuilderOptions<T, string> Lang<T>(this IRuleBuilder<T, string> rule, string what) =>
        rule.NotNull().WithMessage($"Geef {what} op (leeg mag in een concept).")
            .Must(v => v is null || Tekst.IsSafe(v, multiline: true))
            .WithMessage($"{char.ToUpperInvariant(what[0])}{what[1..]} bevat tekens die niet zijn toegestaan: stuurtekens, of tekens die de leesrichting omdraaien.")
            .MaximumLength(20000).WithMessage($"{char.ToUpperInvariant(what[0])}{what[1..]} mag hoogstens 20000 tekens lang zijn.");

    /// <summary>One text of a list of texts: visible, single-line, safe, bounded.</summary>
    public static IRuleBuilderOptions<T, string> Element<T>(this IRuleBuilderInitialCollection<T, string> rule, string what, int maximumLength) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => !Tekst.IsBlank(v)).WithMessage($"Vul {what} in of laat het weg.")
            .Must(v => Tekst.IsSafe(v)).WithMessage($"In {what} staan tekens die niet zijn toegestaan.")
            .MaximumLength(maximumLength).WithMessage($"Elk item mag hoogstens {maximumLength} tekens lang zijn.");

    public static IRuleBuilderOptions<T, string?> Kort<T>(this IRuleBuilderOptions<T, string?> rule) =>
        rule.MaximumLength(2000).WithMessage("Deze tekst mag hoogstens 2000 tekens lang zijn.");
}
