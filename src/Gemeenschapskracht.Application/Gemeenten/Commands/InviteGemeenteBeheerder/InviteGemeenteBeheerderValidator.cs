using FluentValidation;

namespace Gemeenschapskracht.Application.Gemeenten.Commands.InviteGemeenteBeheerder;

public sealed class InviteGemeenteBeheerderValidator : AbstractValidator<InviteGemeenteBeheerderCommand>
{
    public InviteGemeenteBeheerderValidator() =>
        RuleFor(c => c.Email).NotEmpty().WithMessage("Vul een e-mailadres in.")
            .EmailAddress().WithMessage("Vul een geldig e-mailadres in.")
            .MaximumLength(256).WithMessage("Het e-mailadres is te lang.");
}
