using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Administraties.Shared;

/// <summary>One line of an entry as sent: the account's code and an amount in eurocents on one side (the other 0).</summary>
public sealed record JournaalregelInvoer(string Rekening, long DebetEurocent, long CreditEurocent)
{
    public Journaalregel ToRegel() => new(Rekening.Trim(), new Bedrag(DebetEurocent), new Bedrag(CreditEurocent));
}

/// <summary>A request that sends the lines of an entry.</summary>
public interface IMetJournaalregels
{
    IReadOnlyList<JournaalregelInvoer> Regels { get; }
}

public static class JournaalregelRules
{
    /// <summary>The lines are present, at most <see cref="Journaalpost.MeesteRegels"/>, each with an account code and amounts that are not negative.</summary>
    public static void AddRegelRules<T>(this AbstractValidator<T> validator) where T : IMetJournaalregels
    {
        validator.RuleFor(c => c.Regels).PresentList(Journaalpost.MeesteRegels, "regels");
        validator.RuleForEach(c => c.Regels).ChildRules(regel =>
        {
            regel.RuleFor(r => r.Rekening).Must(r => !Tekst.IsBlank(r) && Tekst.IsSafe(r) && r.Length <= 10)
                .WithMessage("Geef bij elke regel de code van de rekening (hoogstens 10 tekens).");
            regel.RuleFor(r => r.DebetEurocent).GreaterThanOrEqualTo(0).WithMessage("Een bedrag is nooit negatief; boek het aan de andere kant.");
            regel.RuleFor(r => r.CreditEurocent).GreaterThanOrEqualTo(0).WithMessage("Een bedrag is nooit negatief; boek het aan de andere kant.");
        });
    }
}
