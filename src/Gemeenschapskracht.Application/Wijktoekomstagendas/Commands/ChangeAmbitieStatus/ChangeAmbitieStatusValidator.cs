using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Commands.ChangeAmbitieStatus;

public sealed class ChangeAmbitieStatusValidator : AbstractValidator<ChangeAmbitieStatusCommand>
{
    public ChangeAmbitieStatusValidator()
    {
        RuleFor(c => c.Status).IsInEnum().WithMessage("Kies gedroomd, geagendeerd, opgepakt, gerealiseerd of losgelaten.");
        RuleFor(c => c.Reden).SafeText("de reden", multiline: true).MaximumLength(2000).WithMessage("De reden is hoogstens 2000 tekens.");
    }
}
