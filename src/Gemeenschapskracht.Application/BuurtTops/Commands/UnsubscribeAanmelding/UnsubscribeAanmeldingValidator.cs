using FluentValidation;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UnsubscribeAanmelding;

public sealed class UnsubscribeAanmeldingValidator : AbstractValidator<UnsubscribeAanmeldingCommand>
{
    public UnsubscribeAanmeldingValidator() =>
        RuleFor(c => c.Sleutel).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("De afmeldlink is onvolledig; gebruik de link uit de bevestiging.")
            .MaximumLength(100).WithMessage("De afmeldlink is ongeldig.");
}
