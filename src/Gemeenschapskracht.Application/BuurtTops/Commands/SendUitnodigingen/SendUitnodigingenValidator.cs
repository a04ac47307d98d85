using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.SendUitnodigingen;

public sealed class SendUitnodigingenValidator : AbstractValidator<SendUitnodigingenCommand>
{
    public SendUitnodigingenValidator()
    {
        RuleFor(c => c.Categorie).IsInEnum().WithMessage("Kies een categorie: bewoners, sterkhouders, ondernemers, zzpers, professionals, ambtenaren of raadsleden.");
        RuleFor(c => c.Adressen).PresentList(200, "e-mailadressen").Must(a => a is null || a.Count > 0).WithMessage("Geef ten minste één e-mailadres op.");
        RuleForEach(c => c.Adressen).Must(EmailRules.IsGeldig).WithMessage((_, adres) => $"'{adres}' is geen geldig e-mailadres.");
    }
}
