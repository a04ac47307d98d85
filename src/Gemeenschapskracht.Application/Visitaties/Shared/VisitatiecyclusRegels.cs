using FluentValidation;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Visitaties;

namespace Gemeenschapskracht.Application.Visitaties.Shared;

/// <summary>Who sets up the visitatiecycli (the gemeente) and who reads them (also the raad, the griffie and the auditor).</summary>
public static class VisitatiecyclusRollen
{
    public const string Beheerders = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";

    public const string Lezers = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker},{Roles.Raadslid},{Roles.Griffie},{Roles.Auditor}";
}

/// <summary>A perspective as sent: an existing one by its id, a new one without.</summary>
public sealed record PerspectiefInvoer(Guid? Id, string Naam, string Omschrijving);

/// <summary>What a new and a changed cycle both carry.</summary>
public interface IVisitatiecyclusvelden
{
    string Naam { get; }

    int CadansMaanden { get; }

    int ReactietermijnDagen { get; }
}

public static class VisitatiecyclusRegels
{
    public static void AddCyclusRules<T>(this AbstractValidator<T> validator) where T : IVisitatiecyclusvelden
    {
        validator.RuleFor(c => c.Naam).RequiredText("de naam van de cyclus", 200);
    }

    public static void AddPerspectiefRules<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<PerspectiefInvoer>?> perspectieven)
    {
        validator.RuleFor(c => perspectieven(c)).Must(p => p is null || p.Count is >= 1 and <= Visitatiecyclus.MeestePerspectieven)
            .WithMessage($"Een cyclus scoort op één tot {Visitatiecyclus.MeestePerspectieven} perspectieven.").OverridePropertyName("perspectieven");
        validator.RuleForEach(c => perspectieven(c)).ChildRules(p =>
        {
            p.RuleFor(x => x.Naam).RequiredText("de naam van het perspectief", 100);
            p.RuleFor(x => x.Omschrijving).RequiredText("waar het panel bij dit perspectief naar kijkt", 1000);
        }).OverridePropertyName("perspectieven");
    }

    /// <summary>The perspectives as the entity takes them: an existing id kept, a new one given an id.</summary>
    public static IReadOnlyList<Perspectief> NaarPerspectieven(IReadOnlyList<PerspectiefInvoer> invoer, DateTimeOffset now) =>
        [.. invoer.Select(p => new Perspectief(p.Id ?? Guid.CreateVersion7(now), p.Naam.Trim(), p.Omschrijving.Trim()))];
}
