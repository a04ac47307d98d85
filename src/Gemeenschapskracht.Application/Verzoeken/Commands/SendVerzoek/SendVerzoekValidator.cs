using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.SendVerzoek;

public sealed class SendVerzoekValidator : AbstractValidator<SendVerzoekCommand>
{
    public SendVerzoekValidator()
    {
        RuleFor(c => c.Vraag).Cascade(CascadeMode.Stop)
            .Must(v => !Tekst.IsBlank(v)).WithMessage("Vul de vraag aan de organisatie in.")
            .SafeText("de vraag", multiline: true)
            .MaximumLength(4000).WithMessage("De vraag mag hoogstens 4000 tekens lang zijn.");
    }
}
