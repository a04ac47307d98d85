using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Administraties.Shared;

/// <summary>One year of the host's budgeted own costs, as sent.</summary>
public sealed record HostkostenInvoer(int Jaar, long BedragEurocent, string Toelichting)
{
    public Hostkosten ToKosten() => new(Jaar, new Bedrag(BedragEurocent), Toelichting);
}

/// <summary>What a new host and a changed one both say; every member required (a PUT replaces it whole).</summary>
public abstract record HostorganisatieVelden
{
    /// <summary>What the host does for the groups, as the groups read it.</summary>
    public required string Dienstverlening { get; init; }

    /// <summary>The host works without a profit motive (R5.3).</summary>
    public required bool NietCommercieel { get; init; }

    /// <summary>The host's own costs per year, budgeted and shown with the groups (may be empty).</summary>
    public required IReadOnlyList<HostkostenInvoer> Kosten { get; init; }

    /// <summary>From this amount a declaratie needs two different approvers (four eyes); left out, a new host gets
    /// € 250,00 and a changed host keeps its threshold (a field left out never changes data).</summary>
    public long? VierOgenDrempelEurocent { get; init; }

    public Bedrag VierOgenDrempel(Bedrag huidig) => VierOgenDrempelEurocent is { } eurocent ? new Bedrag(eurocent) : huidig;

    public IReadOnlyList<Hostkosten> KostenLijst() => Kosten.Select(k => k.ToKosten()).ToList();
}

public abstract class HostorganisatieVeldenValidator<T> : AbstractValidator<T> where T : HostorganisatieVelden
{
    protected HostorganisatieVeldenValidator()
    {
        RuleFor(c => c.Dienstverlening).RequiredText("wat de hostorganisatie voor de groepen doet", 2000);
        RuleFor(c => c.VierOgenDrempelEurocent).GreaterThanOrEqualTo(0).WithMessage("De drempel voor vier ogen is nul of meer.");
        RuleFor(c => c.Kosten).PresentList(Hostorganisatie.MeesteJaren, "begrote kosten");
        RuleForEach(c => c.Kosten).ChildRules(k =>
        {
            k.RuleFor(x => x.Jaar).InclusiveBetween(2000, 2100).WithMessage("Het jaar van de begrote kosten ligt tussen 2000 en 2100.");
            k.RuleFor(x => x.BedragEurocent).GreaterThanOrEqualTo(0).WithMessage("De begrote kosten zijn nul of meer.").Eurocent("de begrote kosten");
            k.RuleFor(x => x.Toelichting).RequiredText("de toelichting bij de begrote kosten", 1000);
        });
    }
}
