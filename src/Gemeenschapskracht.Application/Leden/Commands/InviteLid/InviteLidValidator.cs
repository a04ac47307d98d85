using FluentValidation;
using Gemeenschapskracht.Application.Leden.Shared;

namespace Gemeenschapskracht.Application.Leden.Commands.InviteLid;

public sealed class InviteLidValidator : AbstractValidator<InviteLidCommand>
{
    public InviteLidValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Vul een e-mailadres in.")
            .EmailAddress().WithMessage("Vul een geldig e-mailadres in.")
            .MaximumLength(256).WithMessage("Het e-mailadres is te lang.");
        RuleFor(c => c.Rollen).GemeenteRollen();
    }
}
