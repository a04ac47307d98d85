using FluentValidation;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.RecordAanwezigheid;

public sealed class RecordAanwezigheidValidator : AbstractValidator<RecordAanwezigheidCommand>
{
    public RecordAanwezigheidValidator()
    {
        RuleFor(c => c.Aanwezigheid).NotNull().WithMessage("Geef de aanwezigen per categorie op.").ChildRules(a =>
        {
            const string Melding = "Een aantal aanwezigen ligt tussen 0 en 100.000.";
            a.RuleFor(x => x.Bewoners).InclusiveBetween(0, 100_000).WithMessage(Melding);
            a.RuleFor(x => x.Sterkhouders).InclusiveBetween(0, 100_000).WithMessage(Melding);
            a.RuleFor(x => x.Ondernemers).InclusiveBetween(0, 100_000).WithMessage(Melding);
            a.RuleFor(x => x.Zzpers).InclusiveBetween(0, 100_000).WithMessage(Melding);
            a.RuleFor(x => x.Professionals).InclusiveBetween(0, 100_000).WithMessage(Melding);
            a.RuleFor(x => x.Ambtenaren).InclusiveBetween(0, 100_000).WithMessage(Melding);
            a.RuleFor(x => x.Raadsleden).InclusiveBetween(0, 100_000).WithMessage(Melding);
        });
    }
}
